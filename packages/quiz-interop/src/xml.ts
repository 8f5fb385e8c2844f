/** Text or an attribute value with XML's special characters escaped. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

/** Attributes of an element; an undefined value writes no attribute. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * One element, its children already written (strings of XML), indented by two spaces a level.
 * A child that is text (it cannot start with `<`: escaped) is written inline.
 */
export function element(name: string, attributes: Attributes = {}, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  if (children.length === 0) return `<${name}${attrs}/>`;
  if (children.length === 1 && !children[0]?.startsWith('<'))
    return `<${name}${attrs}>${children[0]}</${name}>`;
  const inner = children
    .join('\n')
    .split('\n')
    // Only lines that open with a tag are indented: the others continue a text, whose white
    // space is content.
    .map((line) => (line.startsWith('<') ? `  ${line}` : line))
    .join('\n');
  return `<${name}${attrs}>\n${inner}\n</${name}>`;
}

/** An element holding text only. */
export const textElement = (name: string, text: string, attributes: Attributes = {}) =>
  element(name, attributes, escapeXml(text));

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
