import { stemWord, surfaceWords, type LabelTerms } from '../text/index.js';

/**
 * What the label stage knows about each term beyond its weight: which terms say
 * the same thing. Stems alone missed two kinds on papers.jsonl: plurals Porter
 * stems apart ("bias" → bia, "biases" → bias) and abbreviations beside their
 * expansions ("asr" / "automatic speech recognition"). Built from the display
 * forms and the corpus's abbreviation pairs, so a reloaded model rebuilds it
 * exactly.
 */
export interface LabelVocab {
  /** Display form of each term. */
  surfaces: readonly string[];
  /** Per term: its words' stems, plurals folded; an expansion also holds its abbreviation's. Terms sharing one overlap. */
  atoms: readonly string[][];
  /** Per term: one key per concept; an abbreviation and its expansion share it, as do singular and plural. */
  canon: readonly string[];
  /** Terms never shown in a label: cut-off phrases ("multimodal large language"). */
  unshown: ReadonlySet<number>;
}

/**
 * A word's singular when the vocabulary holds it ("ideas" → "idea", "biases" → "bias", "studies"
 * → "study"), else the word. Only a final "es" is cut by two: "bias" is not the plural of "bi",
 * which papers.jsonl also holds (its topic was labelled "bias, biases, gender").
 */
function singular(word: string, known: ReadonlySet<string>): string {
  if (!word.endsWith('s')) return word;
  const candidates = [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '', word.endsWith('ies') ? `${word.slice(0, -3)}y` : ''];
  return candidates.find((c) => c.length > 1 && known.has(c)) ?? word;
}

/** The label vocabulary of a model: surfaces, [abbreviation, expansion] term pairs and cut-off phrases. */
export function labelVocab(surfaces: readonly string[], terms: Partial<LabelTerms> = {}): LabelVocab {
  const known = new Set(surfaces.map((s) => s.toLowerCase()));
  const atoms = surfaces.map((s) => surfaceWords(s.toLowerCase()).map((w) => stemWord(singular(w, known))));
  const canon = atoms.map((a) => a.join(' '));
  for (const [short, long] of terms.aliases ?? []) {
    if (short >= atoms.length || long >= atoms.length) continue;
    atoms[long] = [...new Set([...atoms[long], ...atoms[short]])];
    canon[long] = canon[short];
  }
  return { surfaces, atoms, canon, unshown: new Set(terms.cut ?? []) };
}
