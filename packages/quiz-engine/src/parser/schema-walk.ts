import { z } from 'zod';
import type { DocumentPath } from './source-locator';

/** The schema under wrappers such as optional and default. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodPrefault ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The variant of a discriminated union that `value` names, if any. */
function variant(union: z.ZodDiscriminatedUnion, value: unknown): z.ZodType | undefined {
  const key = union.def.discriminator;
  const tag = typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
  return union.options.find((option) => {
    const literal = unwrap(option as z.ZodType);
    return literal instanceof z.ZodObject && (literal.shape[key] as z.ZodLiteral).value === tag;
  }) as z.ZodType | undefined;
}

/**
 * The schema that describes the value at `path` of `data`, following object keys, array
 * items and (by the data's discriminator) union variants.
 */
export function schemaAt(
  root: z.ZodType,
  path: DocumentPath,
  data: unknown,
): z.ZodType | undefined {
  let schema: z.ZodType | undefined = unwrap(root);
  let value = data;
  for (const segment of path) {
    if (schema instanceof z.ZodDiscriminatedUnion) schema = variant(schema, value);
    if (schema instanceof z.ZodObject) schema = schema.shape[segment] as z.ZodType | undefined;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else return undefined;
    if (schema === undefined) return undefined;
    schema = unwrap(schema);
    value = typeof value === 'object' && value !== null ? Reflect.get(value, segment) : undefined;
  }
  return schema instanceof z.ZodDiscriminatedUnion ? variant(schema, value) : schema;
}

/** The keys an object at `path` may have, in schema order. */
export function keysAt(root: z.ZodType, path: DocumentPath, data: unknown): string[] {
  const schema = schemaAt(root, path, data);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}
