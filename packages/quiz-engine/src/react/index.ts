// React entry: the hook, the pure view it derives, and the Markdown renderer.

export { InlineMarkdown, renderInlineNodes } from './inline-markdown';
export {
  type FeedbackView,
  type NavigatorEntry,
  type NavigatorStatus,
  type QuestionView,
  type QuizPhase,
  type QuizView,
  type QuizViewSource,
  quizView,
} from './quiz-view';
export { type UseQuizOptions, type UseQuizResult, useQuiz } from './use-quiz';
