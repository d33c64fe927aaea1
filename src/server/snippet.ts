/**
 * A short piece of a paper's abstract for the papers table: around the first
 * match of the search (the whole phrase, else its longest word, else a stem of it), or the
 * opening when nothing matches; cut at word boundaries, with an ellipsis where
 * text was left out. The page highlights the match itself.
 */
export function snippet(text: string, query: string | undefined, width = 240): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= width) return clean;
  const at = firstMatch(clean.toLowerCase(), query);
  let end = Math.min(clean.length, Math.max(0, at - Math.round(width / 3)) + width);
  let start = Math.max(0, end - width);
  if (start > 0) start = clean.indexOf(' ', start) + 1 || start;
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return `${start > 0 ? '…' : ''}${clean.slice(start, end)}${end < clean.length ? '…' : ''}`;
}

function firstMatch(lower: string, query: string | undefined): number {
  const q = query?.trim().toLowerCase().replace(/\*$/, '');
  if (!q) return -1;
  const phrase = lower.indexOf(q);
  if (phrase >= 0) return phrase;
  const words = q.split(/[\s,]+/).filter((w) => w.length > 2).sort((a, b) => b.length - a.length);
  for (const w of words) {
    const i = lower.indexOf(w);
    if (i >= 0) return i;
  }
  // The search matches stems ("distillation" finds "distilled"): try the word's stem-like prefixes.
  for (const w of words) {
    for (let len = w.length - 1; len >= Math.max(4, Math.ceil(w.length * 0.5)); len--) {
      const i = lower.indexOf(w.slice(0, len));
      if (i >= 0) return i;
    }
  }
  return -1;
}
