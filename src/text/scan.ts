/**
 * Character-level tokenizer. One pass over char codes with a lookup table
 * instead of a regex per token: 9M tokens have to go through here in seconds.
 */

/** A gap that no phrase or multi-word query may span (sentence end, punctuation, removed word). */
export const BREAK = -1;

/** Span kinds written by `scanTokens`: 0 for a break, else SPAN_TOKEN plus flags. */
export const SPAN_BREAK = 0;
export const SPAN_TOKEN = 1;
/** Flag: a token joined to the previous one by a hyphen ("stream" in "dual-stream"). */
export const SPAN_HYPHENATED = 2;
/** Flag: the span is a bound prefix and its word ("pre-training"), one word stemmed as "pretraining". */
export const SPAN_JOINED = 4;

/**
 * Prefixes that are not words on their own: "pre-training" is one word,
 * "pretraining", also spelled that way; "pre" alone would only be a noisy term.
 * Words that also stand alone ("self", "cross", "dual") stay separate tokens.
 */
export const BOUND_PREFIXES: ReadonlySet<string> = new Set([
  'pre', 'post', 'multi', 'non', 'semi', 'co', 're', 'un', 'sub', 'inter', 'intra', 'anti', 'bi', 'tri', 'uni', 'mono', 'de', 'mis', 'omni',
  // Number words are stop words on their own, so "two-stream" or "few-shot" would
  // lose their first half and become plain "stream" or "shot"; bound, they stay a term.
  'one', 'two', 'three', 'four', 'five', 'few', 'zero', 'single', 'double', 'triple', 'half',
]);

import { APOSTROPHE, CJK, DIGIT, HYPHEN, LETTER, POINT, SPACE, classOf } from './char-class.js';

/** Growable buffer of (start, end, kind) triples, reused across documents. */
export class SpanBuffer {
  data = new Int32Array(3 * 1024);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(start: number, end: number, kind: number): void {
    const at = 3 * this.length;
    if (at + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[at] = start;
    this.data[at + 1] = end;
    this.data[at + 2] = kind;
    this.length++;
  }
}

const LATEX_MATH = /\$\$?[^$]{0,500}?\$\$?/g;
const LATEX_FORMATTING =
  /\\(?:textbf|textit|textsc|texttt|textsf|textrm|text|emph|underline|mathrm|mathbf|mathit|mathsf)\s*\{([^{}]*)\}/g;
const DOLLARS = /\$/g;
const PLAIN_WORDS = /^[\sa-z-]*[a-z]{2}[\sa-z-]*$/;
const LATEX_COMMAND = /\\[a-z]+\*?(?:\s*\{[^{}]*\})*/g;
const LATEX_ESCAPE = /\\[^a-z]/g;
const HAS_URL = /:\/\/|www\.|\.(?:com|org|io|net|edu|ai|dev|html)\b/;
const URL = /(?:[a-z]+:\/\/|www\.)\S+|\b[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|io|net|edu|ai|dev|html)\b\S*/g;
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/g;

/**
 * Lowercase and blank out what is not prose: URLs, LaTeX math (`$...$`) and
 * commands (`\cite{...}`). The argument of formatting commands (`\textbf{MeDSLIP}`)
 * is kept because it is prose, often the method's name. Removed spans become
 * `;` so that no phrase bridges them.
 */
export function normalizeText(text: string): string {
  let t = text.toLowerCase();
  if (t.includes('$') || t.includes('\\')) {
    t = t
      .replace(LATEX_FORMATTING, ' $1 ')
      // `$\textbf{Dual-Stream Evaluation}$` is prose set in math mode: keep plain words.
      .replace(LATEX_MATH, (math) => (PLAIN_WORDS.test(math.replace(DOLLARS, '')) ? ` ; ${math.replace(DOLLARS, '')} ; ` : ' ; '))
      .replace(LATEX_COMMAND, ' ; ')
      .replace(LATEX_ESCAPE, ' ');
  }
  if (HAS_URL.test(t)) t = t.replace(URL, ' ; ');
  return t.includes('\u2019') || t.includes('\u2018') || t.includes('\u02bc') ? t.replace(CURLY_APOSTROPHE, "'") : t;
}

/**
 * Split normalized text into word spans and breaks.
 * - A word is letters and digits; pure numbers (3, 3.5, 1,000) and one-character
 *   words are dropped and leave a break. Mixed words stay ("3d", "gpt4", "yolov8").
 * - "dual-stream" gives two spans, the second marked SPAN_HYPHENATED, with no
 *   break between them, so it matches "dual stream". After a bound prefix the
 *   two parts are one span marked SPAN_JOINED ("pre-trained" = "pretrained").
 * - A possessive "'s" is dropped; other apostrophes stay inside the word ("don't").
 * - A run of Han, Hiragana, Katakana or Hangul characters gives its overlapping
 *   character bigrams (a lone character gives itself), each between breaks, so
 *   no phrase is built from overlapping pairs (Lucene's CJKAnalyzer approach).
 * - Letters and digits of other scripts (Cyrillic, Arabic, ...) form words as Latin ones do.
 * - Any other non-space character is a break. Consecutive breaks are collapsed
 *   and no break is written before the first word.
 */
export function scanTokens(text: string, out: SpanBuffer): void {
  out.clear();
  const n = text.length;
  let i = 0;
  let pendingBreak = false;
  let joinNext = false;
  let lastWasWord = false;
  while (i < n) {
    const cls = classOf(text.charCodeAt(i));
    if (cls === LETTER || cls === DIGIT) {
      const start = i;
      let hasLetter = false;
      let end = -1;
      while (i < n) {
        const c = classOf(text.charCodeAt(i));
        if (c === LETTER) hasLetter = true;
        else if (c === POINT && !hasLetter && i + 1 < n && classOf(text.charCodeAt(i + 1)) === DIGIT && i > start) {
          // decimal point or thousands separator inside a number
        } else if (c === APOSTROPHE && i + 1 < n && classOf(text.charCodeAt(i + 1)) === LETTER) {
          const next = text.charCodeAt(i + 1);
          const after = i + 2 < n ? classOf(text.charCodeAt(i + 2)) : SPACE;
          if (next === 115 && after !== LETTER && after !== DIGIT) {
            end = i; // possessive: "model's" -> "model"
            i += 2;
            break;
          }
        } else if (c !== DIGIT) break;
        i++;
      }
      if (end < 0) end = i;
      const keep = hasLetter && end - start > 1;
      if (keep) {
        const hyphenated = joinNext && lastWasWord && !pendingBreak;
        const prev = 3 * (out.length - 1);
        if (hyphenated && BOUND_PREFIXES.has(text.slice(out.data[prev], out.data[prev + 1]))) {
          out.data[prev + 1] = end;
          out.data[prev + 2] |= SPAN_JOINED;
          joinNext = false;
          continue;
        }
        if (pendingBreak && out.length > 0) out.push(-1, -1, SPAN_BREAK);
        out.push(start, end, hyphenated ? SPAN_TOKEN | SPAN_HYPHENATED : SPAN_TOKEN);
        pendingBreak = false;
        lastWasWord = true;
      } else {
        pendingBreak = true;
        lastWasWord = false;
      }
      joinNext = false;
      continue;
    }
    if (cls === CJK) {
      i = scanCjkRun(text, i, out);
      pendingBreak = true;
      joinNext = false;
      lastWasWord = false;
      continue;
    }
    if (cls === SPACE) {
      if (joinNext) {
        joinNext = false; // "dual- stream": a dangling hyphen is a break
        pendingBreak = true;
      }
      i++;
      continue;
    }
    if (cls === HYPHEN && lastWasWord && !joinNext && i + 1 < n) {
      const next = classOf(text.charCodeAt(i + 1));
      if (next === LETTER || next === DIGIT) {
        joinNext = true;
        i++;
        continue;
      }
    }
    pendingBreak = true;
    joinNext = false;
    lastWasWord = false;
    i++;
  }
}

/** Bigrams of the CJK run starting at `start`, each after a break; returns the index after the run. */
function scanCjkRun(text: string, start: number, out: SpanBuffer): number {
  let end = start;
  while (end < text.length && classOf(text.charCodeAt(end)) === CJK) end++;
  const last = end - start === 1 ? start : end - 2;
  for (let i = start; i <= last; i++) {
    if (out.length > 0 && out.data[3 * (out.length - 1) + 2] !== SPAN_BREAK) out.push(-1, -1, SPAN_BREAK);
    out.push(i, Math.min(i + 2, end), SPAN_TOKEN);
  }
  return end;
}
