/**
 * Words that never become terms.
 *
 * Three lists. The two word lists are matched on the exact lowercase surface,
 * not the stem: stemming would be harmful (Porter maps "using" to "us").
 * - ENGLISH_STOP_WORDS: function words.
 * - ABSTRACT_BOILERPLATE: words every abstract uses to talk about itself
 *   ("we propose a novel method that outperforms existing approaches").
 *   They would otherwise top every topic's c-TF-IDF list.
 * - STOP_PHRASES: word sequences that are boilerplate only together
 *   ("state of the art", "to the best of our knowledge") although their words
 *   are content words elsewhere ("state space model", "knowledge distillation").
 *   Matched on stems, across hyphens ("state-of-the-art"), never across punctuation.
 *
 * Content words that are merely frequent in ML ("model", "learning", "data",
 * "language") are kept: they form phrases ("large language model") and
 * c-TF-IDF already down-weights what every topic shares.
 */

/** Function words (a superset of scikit-learn's and natural's English lists, plus contractions). */
export const ENGLISH_STOP_WORDS: readonly string[] = `
a about above across after afterwards again against all almost alone along already also although always am among
amongst amount an and another any anyhow anyone anything anyway anywhere are aren't around as at back be became because
become becomes becoming been before beforehand behind being below beside besides between beyond both bottom but by
came can can't cannot cant come could couldn't de did didn't do does doesn't doing don't done down due during each eg
eight either eleven else elsewhere enough etc even ever every everyone everything everywhere except few fifteen fifty
fill find first five for former formerly forty four from front full further get give go got had has hasn't have
haven't having he hence her here hereafter hereby herein hereupon hers herself him himself his how however hundred i
ie if in inc indeed instead into is isn't it it's its itself just keep last latter latterly least less let like
likely made make makes making many may me meanwhile might mine more moreover most mostly move much must my myself
namely neither never nevertheless next nine no nobody none noone nor not nothing now nowhere of off often on once one
only onto or other others otherwise our ours ourselves out over own part per perhaps please put rather re said same
see seem seemed seeming seems serious several she should shouldn't show side since six sixty so some somehow someone
something sometime sometimes somewhere still such take ten than that that's the their theirs them themselves then
thence there thereafter thereby therefore therein thereupon these they third this those though three through
throughout thru thus to together too top toward towards twelve twenty two un under unless until up upon us used using
various very via was wasn't way we well were weren't what whatever when whence whenever where whereafter whereas
whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within
without won't would wouldn't yet you your yours yourself yourselves al et vs ii iii iv
`.trim().split(/\s+/);

/**
 * Self-referential vocabulary of abstracts, with its inflections spelled out:
 * matching by stem would also drop content words that share the stem
 * (Porter maps "experiment" and "experience", "consistent" and "consistency"
 * to one stem). Chosen from the most frequent words of papers.jsonl that say
 * nothing about the subject of a paper.
 */
export const ABSTRACT_BOILERPLATE: readonly string[] = `
propose proposed proposes proposing proposal paper papers method methods methodology approach approaches result
results resulting show shows shown showed showing showcase showcases demonstrate demonstrates demonstrated
demonstrating demonstration novel new outperform outperforms outperformed outperforming existing achieve achieves
achieved achieving significant significantly extensive extensively experiment experiments experimental
experimentally empirical empirically effective effectively effectiveness efficacy superior superiority sota improve
improves improved improving improvement improvements performance performances perform performs performed
work works study studies introduce introduces introduced introducing present presents presented address addresses
addressed addressing challenge challenges challenging leverage leverages leveraged leveraging utilize utilizes
utilized utilizing enable enables enabled enabling furthermore additionally specifically notably finally recent
recently widely crucial important importantly remain remains based use uses usage different respectively compare
compared comparison comparisons comparable competitive promising comprehensive comprehensively substantially
substantial considerable considerably previous prior current currently conventional traditional typically
commonly variety diverse numerous multiple better best outperformance code available publicly release released
github simple simply yield yields obtain obtains obtained provide provides provided including include includes
also paradigm framework frameworks technique techniques strategy strategies develop developed developing explore
explores explored exploring investigate investigates investigated investigating able ability abilities highlight
highlights highlighting reveal reveals revealed findings aim aims aiming issue issues furthermore overall
significance effectively robustly remarkable remarkably impressive notable superiorly
`.trim().split(/\s+/);

/** Sequences dropped as a whole, written as plain words (stemmed and matched like text). */
export const STOP_PHRASES: readonly string[] = [
  'state of the art',
  'to the best of our knowledge',
  'to our knowledge',
  'our knowledge',
  'in this work',
  'large margin',
  'by a large margin',
  'large scale experiments',
  'real world experiments',
  'in terms of',
  'on the other hand',
  'at the same time',
  'for the first time',
  'first time',
  'plays a crucial role',
  'pave the way',
  'paves the way',
  'open source',
  'source code',
  'take into account',
  'proof of concept',
  'wide range',
  'broad range',
  'wide variety',
  'little attention',
  'great potential',
  'et al',
];
