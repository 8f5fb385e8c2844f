/** A property of the quiz format, as the reference lists it. */
export interface ReferenceField {
  readonly name: string;
  /** In plain words: `text`, `number`, `list of ChoiceOption`, `"single-choice"`… */
  readonly type: string;
  readonly required: boolean;
  /** The default, as JSON, when the property has one. */
  readonly defaultValue?: string;
  /** Limits in plain words: `not empty`, `at least 2`, `kebab-case`… */
  readonly constraints: readonly string[];
  readonly description?: string;
  /** The section that describes this property's mapping, if it is one. */
  readonly sectionId?: string;
}

/** A mapping of the format (the quiz, a question type, an option…) and its properties. */
export interface ReferenceSection {
  /** Anchor id, e.g. `single-choice-question`. */
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly fields: readonly ReferenceField[];
}

interface MutableSection {
  id: string;
  title: string;
  description?: string;
  fields: ReferenceField[];
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: Json | undefined) => (typeof value === 'string' ? value : undefined);
const number = (value: Json | undefined) => (typeof value === 'number' ? value : undefined);
const list = (value: Json | undefined): readonly Json[] => (Array.isArray(value) ? value : []);

const KEBAB = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** `SingleChoiceQuestion` → `single-choice-question`. */
const anchorId = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();

/**
 * The quiz format's reference, read from its JSON Schema: one section per mapping (the quiz,
 * its settings, each question type, options, anchors…), each property with its type, whether
 * it is required, its default, its limits and its description.
 */
export function schemaReference(schema: unknown): ReferenceSection[] {
  if (!isObject(schema)) throw new TypeError('The quiz schema is not a JSON object.');
  const definitions = isObject(schema.$defs) ? schema.$defs : {};
  const sections: MutableSection[] = [];
  const seen = new Set<string>();

  const refName = (node: JsonObject) => text(node.$ref)?.replace('#/$defs/', '');
  const deref = (node: JsonObject): JsonObject => {
    const name = refName(node);
    const target = name === undefined ? undefined : definitions[name];
    // Keep the referring node's own keys (a default or description next to the $ref).
    return isObject(target) ? { ...target, ...node, $ref: null } : node;
  };

  const typeOf = (raw: JsonObject, hint: string): { type: string; sectionId?: string } => {
    const node = deref(raw);
    const name = refName(raw);
    if (node.const !== undefined) return { type: JSON.stringify(node.const) };
    if (Array.isArray(node.enum))
      return { type: node.enum.map((v) => JSON.stringify(v)).join(' or ') };
    const variants = list(node.oneOf ?? node.anyOf).filter(isObject);
    if (variants.length > 0) {
      const names = variants.map((variant, index) => {
        const variantName = refName(variant) ?? `${hint} ${index + 1}`;
        section(variantName, deref(variant));
        return variantName;
      });
      const common = shareFields(names.map(anchorId), hint);
      return { type: `one of ${names.join(', ')}`, ...(common && { sectionId: common }) };
    }
    switch (text(node.type)) {
      case 'string':
        return { type: 'text' };
      case 'number':
        return { type: 'number' };
      case 'integer':
        return { type: 'whole number' };
      case 'boolean':
        return { type: 'true or false' };
      case 'array': {
        const items = isObject(node.items) ? node.items : {};
        const inner = typeOf(items, hint);
        return {
          type: `list of ${inner.type}`,
          ...(inner.sectionId && { sectionId: inner.sectionId }),
        };
      }
      case 'object': {
        const sectionName = name ?? hint;
        section(sectionName, node);
        return { type: `mapping (${sectionName})`, sectionId: anchorId(sectionName) };
      }
      default:
        return { type: 'any' };
    }
  };

  const constraintsOf = (raw: JsonObject): string[] => {
    const node = deref(raw);
    const items = isObject(node.items) ? deref(node.items) : undefined;
    const found: string[] = [];
    if (text(node.pattern) === KEBAB || text(items?.pattern) === KEBAB)
      found.push('kebab-case: lower-case letters and digits joined by hyphens');
    else if (text(node.pattern)) found.push(`matches ${text(node.pattern)}`);
    if (number(node.minLength) === 1 || number(items?.minLength) === 1) found.push('not empty');
    const minItems = number(node.minItems);
    if (minItems !== undefined) found.push(`at least ${minItems}`);
    const minimum = number(node.minimum);
    const maximum = number(node.maximum);
    if (minimum !== undefined) found.push(`from ${minimum}`);
    if (maximum !== undefined && maximum < Number.MAX_SAFE_INTEGER) found.push(`up to ${maximum}`);
    if (number(node.exclusiveMinimum) !== undefined)
      found.push(`more than ${number(node.exclusiveMinimum)}`);
    return found;
  };

  /**
   * Moves the properties that every variant has alike (same type, limits and description)
   * into one section of their own, named after the property (`Quiz.questions`).
   */
  function shareFields(ids: readonly string[], name: string): string | undefined {
    const variants = sections.filter((entry) => ids.includes(entry.id));
    const [first, ...others] = variants;
    if (first === undefined || others.length === 0) return undefined;
    const same = (a: ReferenceField, b: ReferenceField | undefined) =>
      b !== undefined && JSON.stringify(a) === JSON.stringify(b);
    const shared = first.fields.filter((field) =>
      others.every((other) =>
        same(
          field,
          other.fields.find((f) => f.name === field.name),
        ),
      ),
    );
    if (shared.length === 0) return undefined;
    const names = new Set(shared.map((field) => field.name));
    for (const variant of variants)
      variant.fields = variant.fields.filter((field) => !names.has(field.name));
    const id = anchorId(name);
    sections.splice(sections.indexOf(first), 0, { id, title: name, fields: shared });
    seen.add(id);
    return id;
  }

  function section(name: string, node: JsonObject): void {
    const id = anchorId(name);
    if (seen.has(id)) return;
    seen.add(id);
    const entry: MutableSection = { id, title: name, fields: [] };
    if (text(node.description)) entry.description = text(node.description);
    sections.push(entry);
    const required = new Set(list(node.required).filter((key) => typeof key === 'string'));
    const properties = isObject(node.properties) ? node.properties : {};
    for (const [key, value] of Object.entries(properties)) {
      if (!isObject(value)) continue;
      const property = deref(value);
      const { type, sectionId } = typeOf(value, `${name}.${key}`);
      // A constant explains itself: the value to write.
      const description =
        text(property.description) ??
        (property.const === undefined ? undefined : `Write ${JSON.stringify(property.const)}.`);
      entry.fields.push({
        name: key,
        type,
        required: required.has(key),
        ...(property.default !== undefined && { defaultValue: JSON.stringify(property.default) }),
        constraints: constraintsOf(value),
        ...(description && { description }),
        ...(sectionId && { sectionId }),
      });
    }
  }

  section(text(schema.title) ?? 'Quiz', schema);
  return sections;
}
