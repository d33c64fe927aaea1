/**
 * Make a Vega SVG safe and independent for inlining next to other charts.
 *
 * - Ids: Vega numbers clip paths and gradients per process ("clip3",
 *   "gradient_0"); two inline SVGs with the same id would borrow each other's
 *   clip or gradient, so every id and reference gets a per-chart prefix.
 * - Safety: Vega escapes text and attributes itself, but the report must not
 *   trust that blindly: anything that could run code (a script element, an
 *   event-handler attribute, a javascript: URL, foreignObject) is refused.
 * - Size: the fixed width/height become a max-width so charts shrink on narrow screens.
 */
export function prepareSvg(svg: string, idPrefix: string, what = 'chart'): string {
  const trimmed = svg.trim();
  if (!trimmed.startsWith('<svg')) throw new Error(`${what}: expected SVG markup starting with <svg`);
  const unsafe = /<\s*script\b|<\s*foreignObject\b|\son[a-z]+\s*=|javascript:|<\s*iframe\b/i.exec(trimmed);
  if (unsafe) throw new Error(`${what}: SVG contains unsafe markup near "${trimmed.slice(unsafe.index, unsafe.index + 40)}"`);
  if (!/^[A-Za-z][\w-]*$/.test(idPrefix)) throw new Error(`${what}: id prefix "${idPrefix}" must be a plain identifier`);

  const withIds = trimmed
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${idPrefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${idPrefix}-${id})`)
    .replace(/(\s(?:xlink:)?href)="#([^"]+)"/g, (_m, attr: string, id: string) => `${attr}="#${idPrefix}-${id}"`);

  return withIds.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const width = /\swidth="([\d.]+)"/.exec(attrs)?.[1];
    const style = width ? ` style="max-width:${width}px;width:100%;height:auto"` : '';
    return `<svg${attrs.replace(/\swidth="[\d.]+"|\sheight="[\d.]+"/g, '')}${style}>`;
  });
}
