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
  /** A term's words' stems, plurals folded; an expansion also holds its abbreviation's. Terms sharing one overlap. */
  atomsOf(term: number): readonly string[];
  /** A term's concept key; an abbreviation and its expansion share it, as do singular and plural. */
  canonOf(term: number): string;
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
  const shortOf = new Map<number, number>();
  for (const [short, long] of terms.aliases ?? []) if (short < surfaces.length && long < surfaces.length) shortOf.set(long, short);
  // Built on demand: labels look at a few thousand of a model's terms, and stemming all 21,315 of
  // 5,000 papers took 0.4–1.6 s, ten times the rest of the label stage.
  const memo = new Map<number, { atoms: string[]; canon: string }>();
  const entry = (t: number): { atoms: string[]; canon: string } => {
    let e = memo.get(t);
    if (e) return e;
    const own = surfaceWords(surfaces[t].toLowerCase()).map((w) => stemWord(singular(w, known)));
    const short = shortOf.get(t);
    e = short === undefined ? { atoms: own, canon: own.join(' ') } : { atoms: [...new Set([...own, ...entry(short).atoms])], canon: entry(short).canon };
    memo.set(t, e);
    return e;
  };
  return { surfaces, atomsOf: (t) => entry(t).atoms, canonOf: (t) => entry(t).canon, unshown: new Set(terms.cut ?? []) };
}
