import { describe, expect, it } from 'vitest';
import { snippet } from '../../src/server/snippet.js';

const text = `${'Early words about nothing in particular. '.repeat(8)}We study knowledge distillation for streaming speech recognition. ${'Closing words that go on. '.repeat(8)}`;

describe('snippet', () => {
  it('shows the part of the abstract around the match, cut at words, with ellipses', () => {
    const s = snippet(text, 'knowledge distillation', 120);
    expect(s).toContain('knowledge distillation');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(122);
    expect(s.slice(1, -1)).toBe(s.slice(1, -1).trim());
    expect(text).toContain(s.slice(1, -1));
  });

  it('falls back to the longest word of the query, then to the opening', () => {
    expect(snippet(text, 'streaming models', 120)).toContain('streaming');
    expect(snippet(text.replace('distillation', 'distilled teachers'), 'distillation', 120)).toContain('distilled teachers');
    const opening = snippet(text, 'absent', 120);
    expect(opening.startsWith('Early words')).toBe(true);
    expect(snippet('Short abstract.', 'x', 120)).toBe('Short abstract.');
  });
});
