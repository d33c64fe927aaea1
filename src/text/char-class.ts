/**
 * Character classes for the tokenizer: a lookup table for Latin, Latin-1/Extended
 * and Greek (where 9M tokens of English abstracts spend their time), Unicode
 * properties for everything else, cached per code point.
 */

export const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
export const SPACE = 3;
export const HYPHEN = 4;
export const APOSTROPHE = 5;
export const POINT = 6; // '.' or ',' (a break, except inside a number like 3.5 or 1,000)

const TABLE_SIZE = 0x400;
const charClass = new Uint8Array(TABLE_SIZE);
for (let c = 97; c <= 122; c++) charClass[c] = LETTER;
for (let c = 48; c <= 57; c++) charClass[c] = DIGIT;
// Latin-1 and Latin Extended letters (naïve, Schrödinger), Greek lowercase.
for (let c = 0xdf; c <= 0x24f; c++) charClass[c] = LETTER;
charClass[0xf7] = OTHER;
for (let c = 0x3ac; c <= 0x3ce; c++) charClass[c] = LETTER;
for (const c of [9, 10, 11, 12, 13, 32, 0xa0]) charClass[c] = SPACE;
charClass[45] = HYPHEN;
charClass[39] = APOSTROPHE;
charClass[46] = POINT;
charClass[44] = POINT;

/** Han, Hiragana, Katakana and Hangul: written without spaces between words, so indexed as character bigrams. */
export const CJK = 7;
const UNKNOWN = 255;
const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]/u;
const UNICODE_LETTER = /[\p{L}\p{M}]/u;
const UNICODE_DIGIT = /\p{N}/u;
/** Classes of the rest of the BMP, filled on first sight: English text rarely gets here, so no start-up cost. */
const bmpClass = new Uint8Array(0x10000).fill(UNKNOWN);

function unicodeClass(c: number): number {
  if (c >= 0x2010 && c <= 0x2013) return HYPHEN; // ‐ ‑ ‒ – ("encoder–decoder")
  if ((c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f) return SPACE;
  const ch = String.fromCharCode(c);
  if (CJK_SCRIPT.test(ch)) return CJK;
  // Cyrillic, Arabic, Hebrew, Devanagari...: words separated by spaces, like Latin (marks belong to their word).
  if (UNICODE_LETTER.test(ch)) return LETTER;
  if (UNICODE_DIGIT.test(ch)) return DIGIT;
  return OTHER;
}

export function classOf(c: number): number {
  if (c < TABLE_SIZE) return charClass[c];
  let cls = bmpClass[c];
  if (cls === UNKNOWN) cls = bmpClass[c] = unicodeClass(c);
  return cls;
}

