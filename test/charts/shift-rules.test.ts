import { describe, expect, it } from 'vitest';
import { shiftRuleLayers } from '../../src/charts/index.js';

describe('mix-shift rules', () => {
  // A 1,049-paper slice of papers.jsonl has 7 shift dates within a year; labels drawn at one height smeared.
  const shifts = [
    { field: 'source', date: '2025-03-18' },
    { field: 'category', date: '2025-03-18' },
    { field: 'category', date: '2025-01-02' },
    { field: 'category', date: '2025-02-10' },
  ];
  const layers = shiftRuleLayers(shifts) as any[];
  const texts = layers.filter((l) => l.mark.type === 'text');

  it('draws one rule and one label per date, in date order, naming every field that shifted', () => {
    expect(layers.filter((l) => l.mark.type === 'rule')).toHaveLength(3);
    expect(texts.map((t) => t.mark.text)).toEqual([
      'category mix shift 2025-01-02', 'category mix shift 2025-02-10', 'source + category mix shift 2025-03-18',
    ]);
  });

  it('steps the labels of successive dates down so they do not overprint', () => {
    const ys = texts.map((t) => t.mark.y);
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('keeps the rules out of the accessibility tree (their labels name them)', () => {
    expect(layers.filter((l) => l.mark.type === 'rule').every((l) => l.mark.aria === false)).toBe(true);
  });
});
