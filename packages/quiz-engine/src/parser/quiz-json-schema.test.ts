import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quizJsonSchema, quizJsonSchemaText } from './quiz-json-schema';

describe('quiz.schema.json', () => {
  it('is exactly what the zod schema generates (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('../../quiz.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(quizJsonSchemaText());
  });

  it('describes every question type, each refusing unknown keys', () => {
    const schema = quizJsonSchema() as {
      $defs: Record<
        string,
        { properties: { type: { const: string } }; additionalProperties: boolean }
      >;
    };
    const types = Object.values(schema.$defs)
      .filter((def) => def.properties?.type?.const)
      .map((def) => [def.properties.type.const, def.additionalProperties]);
    expect(Object.fromEntries(types)).toEqual({
      'single-choice': false,
      'multiple-select': false,
      'true-false': false,
      'fill-in-the-blank': false,
      ordering: false,
      matching: false,
      'select-evidence': false,
    });
  });

  it('documents defaults so editors can show them', () => {
    const schema = quizJsonSchema() as {
      properties: { settings: { properties: Record<string, { default?: unknown }> } };
    };
    expect(schema.properties.settings.properties.tries?.default).toBe(3);
    expect(schema.properties.settings.properties.passMark?.default).toBe(0.7);
  });
});
