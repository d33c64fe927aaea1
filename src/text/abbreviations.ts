/**
 * Abbreviations a corpus defines itself: "large language models (LLMs)",
 * "automatic speech recognition (ASR)", "vision-language models (VLMs)". A label
 * should name such a concept once; the pairs come from the corpus, not from a
 * hand list, so any field's abbreviations fold (Schwartz & Hearst 2003, simplified:
 * the capitals of the short form are the initials of the words before it).
 */

/** An expansion and its abbreviation, both lowercase; the short form without a plural "s". */
export interface Abbreviation {
  short: string;
  /** Words of the expansion (hyphenated words split: "vision-language" → vision, language). */
  long: string[];
  /** Papers that define it. */
  count: number;
}

// A parenthesised short form of 2–10 characters starting with a capital. The words before it are
// read back from the "(" (a regex spanning them backtracked at every position: `text` took 407 s
// instead of 44 s on papers.jsonl).
const SHORT_FORM = /\(([\p{Lu}][\p{L}\p{N}]{1,9})\)/gu;
// What may separate the words of an expansion; anything else ends it.
const NOT_JOINER = /[^\p{L}\p{N}\s-]/u;

/** The up to 80 characters before `at` that hold only words, spaces and hyphens. */
function wordsBefore(text: string, at: number): string {
  const span = text.slice(Math.max(0, at - 80), at);
  let start = span.length;
  while (start > 0 && !NOT_JOINER.test(span[start - 1])) start--;
  return span.slice(start);
}

/** Lowercase short form without a plural "s" ("LLMs" → "llm"), or null when it is not an abbreviation. */
function shortKey(raw: string): string | null {
  const capitals = raw.replace(/[^\p{Lu}]/gu, '');
  if (capitals.length < 2) return null;
  const plural = /\p{Lu}s$/u.test(raw);
  return (plural ? raw.slice(0, -1) : raw).toLowerCase();
}

/** The last words before the parenthesis whose initials spell the short form's capitals, or null. */
function expansion(before: string, raw: string): string[] | null {
  const letters = raw.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  const words = before.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 0);
  if (words.length < letters.length) return null;
  const tail = words.slice(words.length - letters.length);
  for (let i = 0; i < letters.length; i++) if (tail[i][0] !== letters[i]) return null;
  return tail;
}

/**
 * Abbreviations defined in at least `minCount` texts, each short form with its most
 * frequent expansion (ties: the lexicographically smaller, so the result is order-free),
 * sorted by short form.
 */
export function findAbbreviations(texts: readonly string[], minCount = 3): Abbreviation[] {
  const seen = new Map<string, Map<string, number>>();
  for (const text of texts) {
    const inText = new Set<string>();
    for (const m of text.matchAll(SHORT_FORM)) {
      const short = shortKey(m[1]);
      const long = short && expansion(wordsBefore(text, m.index), m[1]);
      if (!short || !long) continue;
      const key = `${short}\t${long.join(' ')}`;
      if (inText.has(key)) continue;
      inText.add(key);
      const forms = seen.get(short) ?? new Map<string, number>();
      forms.set(long.join(' '), (forms.get(long.join(' ')) ?? 0) + 1);
      seen.set(short, forms);
    }
  }
  const out: Abbreviation[] = [];
  for (const [short, forms] of seen) {
    let best = '';
    let count = 0;
    for (const [long, c] of forms) if (c > count || (c === count && long < best)) [best, count] = [long, c];
    if (count >= minCount) out.push({ short, long: best.split(' '), count });
  }
  return out.sort((a, b) => (a.short < b.short ? -1 : a.short > b.short ? 1 : 0));
}

/**
 * Term pairs [abbreviation, expansion] among fitted terms: the short form's unigram
 * ("llms" stems to "llm") and the phrase of the expansion's stems ("larg languag
 * model"). Pairs whose expansion is not a phrase term (longer than the phrases found,
 * or too rare) are left out: there is nothing to fold.
 */
export function aliasTerms(found: readonly Abbreviation[], terms: readonly string[], unigramCount: number, stem: (word: string) => string): [number, number][] {
  const id = new Map<string, number>(terms.map((t, i) => [t, i]));
  const pairs: [number, number][] = [];
  for (const a of found) {
    const short = id.get(stem(a.short));
    const long = id.get(a.long.map(stem).join(' '));
    if (short !== undefined && short < unigramCount && long !== undefined && long >= unigramCount) pairs.push([short, long]);
  }
  return pairs;
}
