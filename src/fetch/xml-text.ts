/** Helpers over fast-xml-parser's output, where a node is a string, an object with `#text`, or absent. */

/** The text content of a parsed node, whitespace collapsed; '' if none. */
export function textOf(node: unknown): string {
  if (node == null) return '';
  if (typeof node === 'string' || typeof node === 'number') return collapse(String(node));
  if (typeof node === 'object' && '#text' in node) return textOf((node as Record<string, unknown>)['#text']);
  return '';
}

/** Collapse runs of whitespace (arXiv wraps titles and abstracts at ~80 columns). */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A value that may be one item or an array, as an array. */
export function asArray<T>(value: T | T[] | undefined | null): T[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The value of attribute `name` on a parsed node (attributes are prefixed `@_`). */
export function attrOf(node: unknown, name: string): string | undefined {
  if (node == null || typeof node !== 'object') return undefined;
  const v = (node as Record<string, unknown>)[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
}
