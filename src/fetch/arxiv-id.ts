/** An arXiv identifier split into the stable id and its version. */
export interface ArxivId {
  /** Without version: `2501.01234` or old-style `hep-th/9901001`. */
  id: string;
  /** The `vN` number, or undefined when the id carries none. */
  version?: number;
}

/**
 * Parse an arXiv id as the API and Hugging Face give it: a bare id
 * (`2501.01234`, `2501.01234v2`, `hep-th/9901001v1`) or an abs URL
 * (`http://arxiv.org/abs/2501.01234v2`). Returns undefined if it is neither.
 */
export function parseArxivId(text: string): ArxivId | undefined {
  const bare = text.trim().replace(/^https?:\/\/(export\.)?arxiv\.org\/abs\//, '');
  const m = /^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v(\d+))?$/.exec(bare);
  if (!m) return undefined;
  return m[2] ? { id: m[1], version: Number(m[2]) } : { id: m[1] };
}
