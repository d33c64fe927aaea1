/** A versioned arXiv id, new style (`2401.00642v2`) or old style (`hep-th/9901001v1`, `math.AG/0601001v3`). */
const VERSIONED_ARXIV = /^((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))v\d+$/i;

/** Normalize an id: trim, drop an `arXiv:` prefix and an arXiv version suffix. Other ids are kept as they are. */
export function normalizeId(raw: string): string {
  const id = raw.trim().replace(/^arxiv:/i, '');
  const m = VERSIONED_ARXIV.exec(id);
  return m ? m[1] : id;
}

/** The key titles are matched on: lowercase, non-alphanumerics stripped (so punctuation and spacing do not matter). */
export function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whitespace that `collapseWhitespace` would change: anything but a single inner space. */
const NEEDS_COLLAPSE = /[^\S ]| {2}|^ | $/;

/** Collapse runs of whitespace (including newlines inside arXiv titles) to one space. */
export function collapseWhitespace(text: string): string {
  // Most abstracts are already clean; testing first avoids rebuilding ~80 MB of strings.
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * A stable id for a paper known only by its title: a lowercase slug, cut at 80
 * characters, with a short hash of the full title key so that two long titles
 * sharing a prefix do not collide.
 */
export function titleSlug(title: string): string {
  const slug = title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= 80) return slug || 'untitled';
  return `${slug.slice(0, 80).replace(/-+$/, '')}-${fnv1a(titleKey(title)).toString(36)}`;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
