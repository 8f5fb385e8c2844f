// Writes quiz.schema.json from the zod schema (src/parser/quiz-schema.ts), its only source.
// A test fails while the committed file differs from what this writes.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { importBundled } from './bundle-module.mjs';

const root = new URL('..', import.meta.url);
const { quizJsonSchemaText } = await importBundled(
  fileURLToPath(new URL('src/parser/quiz-json-schema.ts', root)),
);
const target = fileURLToPath(new URL('quiz.schema.json', root));
await writeFile(target, quizJsonSchemaText());
console.log(`wrote ${target}`);
