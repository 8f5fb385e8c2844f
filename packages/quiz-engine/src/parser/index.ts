// Build-time entry: parsing and checking quiz files (pulls in yaml and zod).

export { type DecodedSource, decodeSource } from './decode-source';
export { didYouMean, didYouMeanNote } from './did-you-mean';
export { QUIZ_LIMITS } from './limits';
export { type ParseOptions, type ParseResult, parseQuiz } from './parse-quiz';
export { formatError, type QuizError } from './quiz-error';
export { quizJsonSchema, quizJsonSchemaText } from './quiz-json-schema';
export {
  type QuestionDocument,
  type QuizDocument,
  quizDocumentSchema,
} from './quiz-schema';
export type { Reference, Resolution, ResolveReference } from './references';
export { type DocumentPath, SourceLocator, type SourcePosition } from './source-locator';
