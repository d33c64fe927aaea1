/**
 * Make a Vega SVG safe and independent for inlining next to other charts.
 *
 * - Ids: Vega numbers clip paths and gradients per process ("clip3",
 *   "gradient_0"); two inline SVGs with the same id would borrow each other's
 *   clip or gradient, so every id and reference gets a per-chart prefix.
 * - Safety: Vega escapes text and attributes itself, but the report must not
 *   trust that blindly: anything that could run code (a script element, an
 *   event-handler attribute, a javascript: URL, foreignObject) is refused.
 * - Size: the fixed width/height become a max-width so charts shrink on narrow screens,
 *   and a min-width so they never shrink past legibility.
 */
export function prepareSvg(svg: string, idPrefix: string, what = 'chart'): string {
  const trimmed = svg.trim();
  if (!trimmed.startsWith('<svg')) throw new Error(`${what}: expected SVG markup starting with <svg`);
  const unsafe = unsafeMarkup(trimmed);
  if (unsafe !== undefined) throw new Error(`${what}: SVG contains unsafe markup near "${trimmed.slice(unsafe, unsafe + 40)}"`);
  if (!/^[A-Za-z][\w-]*$/.test(idPrefix)) throw new Error(`${what}: id prefix "${idPrefix}" must be a plain identifier`);

  const withIds = trimmed
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${idPrefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${idPrefix}-${id})`)
    .replace(/(\s(?:xlink:)?href)="#([^"]+)"/g, (_m, attr: string, id: string) => `${attr}="#${idPrefix}-${id}"`);

  return withIds.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const width = /\swidth="([\d.]+)"/.exec(attrs)?.[1];
    // Shrinks with a narrow window down to MIN_SCALE of its size, then its figure scrolls sideways:
    // fitted to a 390 px phone, the charts' 10-11 px text came out at 2-4 px.
    const style = width ? ` style="max-width:${width}px;width:100%;min-width:${Math.round(Number(width) * MIN_SCALE)}px;height:auto"` : '';
    return `<svg${attrs.replace(/\swidth="[\d.]+"|\sheight="[\d.]+"/g, '')}${style}>`;
  });
}

/** The smallest a chart is drawn, as a part of its size: 10 px chart text stays at 9 px or more. */
export const MIN_SCALE = 0.9;

/** Elements that run code or embed another document. */
const UNSAFE_ELEMENTS = /^<\s*(script|foreignObject|iframe)\b/i;
/** Attributes a browser follows as a URL (a javascript: value there runs); other values are just text. */
const URL_ATTRIBUTES = /^(?:(?:xlink:)?href|src|action|formaction|data)$/;
/** One attribute of a tag: its name and its quoted value. */
const ATTRIBUTE = /\s([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/**
 * Where the first piece of markup that could run code starts, judged on the
 * tags and their attributes only: text and attribute values are escaped, so a
 * theme named "javascript: web attacks" or a category holding `" onerror="`
 * is text, not markup (both used to fail the whole report).
 */
function unsafeMarkup(svg: string): number | undefined {
  for (const tag of svg.matchAll(/<[^>]*>/g)) {
    if (UNSAFE_ELEMENTS.test(tag[0])) return tag.index;
    for (const attr of tag[0].matchAll(ATTRIBUTE)) {
      const name = attr[1].toLowerCase();
      const value = decodeEntities(attr[2].slice(1, -1)).replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      const url = URL_ATTRIBUTES.test(name) ? value.startsWith('javascript:') : name === 'style' && value.includes('javascript:');
      if (name.startsWith('on') || url) return tag.index! + attr.index!;
    }
  }
  return undefined;
}

/** Numeric character references and &colon;, as a browser decodes them in an attribute value (`jav&#x61;script:` is a javascript: URL). */
function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(/&colon;/gi, ':');
}
