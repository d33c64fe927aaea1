import type { VegaLiteSpec } from '../../src/charts/index.js';

type AnyObj = Record<string, any>;

/** Inline data values of a spec: its top-level data, or the n-th layer's. */
export function dataOf(spec: VegaLiteSpec, layer?: number): AnyObj[] {
  const s = spec as AnyObj;
  const source = layer === undefined ? s.data : s.layer[layer].data;
  return source.values as AnyObj[];
}

/** Every layer (or the single unit) of a spec, flattened one level, including facet inner specs. */
export function unitsOf(spec: VegaLiteSpec): AnyObj[] {
  const s = spec as AnyObj;
  const inner = s.spec ?? s;
  return inner.layer ?? [inner];
}

/** topic name -> colour, as a spec's colour scale assigns it (first unit with a colour scale domain). */
export function colourMapOf(spec: VegaLiteSpec): Map<string, string> {
  const s = spec as AnyObj;
  const shared = s.encoding?.color?.scale;
  const scale = shared ?? unitsOf(spec).map((u) => u.encoding?.color?.scale).find((x) => x?.domain && x?.range);
  return new Map((scale.domain as string[]).map((d, i) => [d, scale.range[i] as string]));
}
