const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML element content and quoted attribute values. Every
 * string that comes from the corpus or the user goes through this: titles
 * hold `<`, `&` and quotes, and a report is opened from disk with full rights.
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * A string that is already HTML. The template helper `html` escapes every
 * interpolated value unless it is one of these, so forgetting to escape is
 * not possible by accident.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

/** Tagged template: `html\`<td>${title}</td>\`` escapes `title`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new SafeHtml(out);
}

/** Mark trusted markup (e.g. checked SVG) as safe to insert as is. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
