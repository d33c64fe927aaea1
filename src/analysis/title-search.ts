/**
 * Lowercase substring search over every title, kept as one string: a million
 * titles as separate lowercase strings were a million more objects for the
 * garbage collector to mark on every full collection while the dashboard
 * answers requests; one joined string is one object, and `indexOf` over it
 * runs at memory speed.
 */
export class TitleSearch {
  private readonly text: string;
  /** Title d spans text[starts[d], starts[d + 1] - 1) (a newline separates titles). */
  private readonly starts: Uint32Array;

  constructor(titles: readonly string[]) {
    this.starts = new Uint32Array(titles.length + 1);
    const lower: string[] = new Array(titles.length);
    let at = 0;
    titles.forEach((t, d) => {
      lower[d] = t.toLowerCase().replace(/\n/g, ' ');
      this.starts[d] = at;
      at += lower[d].length + 1;
    });
    this.starts[titles.length] = at;
    this.text = lower.join('\n') + '\n';
  }

  /** Marks hit[d] = 1 for every title containing `needle` (lowercase, no newline). */
  mark(needle: string, hit: Uint8Array): void {
    if (!needle || needle.includes('\n')) return;
    for (let pos = this.text.indexOf(needle); pos >= 0;) {
      const d = this.docAt(pos);
      hit[d] = 1;
      // On to the next title: one hit per title is enough.
      pos = this.text.indexOf(needle, this.starts[d + 1]);
    }
  }

  /** The title holding character `pos` (binary search over the starts). */
  private docAt(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
