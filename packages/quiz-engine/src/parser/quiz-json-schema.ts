import { z } from 'zod';
import { quizDocumentSchema } from './quiz-schema';

/** The JSON Schema of quiz documents, generated from the zod schema (the only source). */
export function quizJsonSchema(): Record<string, unknown> {
  // Parts with a meta `id` (anchors, options, each question type…) are written once, in $defs.
  return z.toJSONSchema(quizDocumentSchema, { io: 'input', target: 'draft-2020-12' });
}

/** The text of `quiz.schema.json` as committed: the schema, two-space indented, with a final newline. */
export function quizJsonSchemaText(): string {
  return `${JSON.stringify(quizJsonSchema(), null, 2)}\n`;
}
