import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NoAnalysableTermsError, TextAnalyzer } from '../../src/text/index.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { tempDirs } from '../helpers/tmp.js';

const seed = path.join(repoRoot, 'data/seed.jsonl');
/** Ten hand-written abstracts: Chinese on speech recognition and on diffusion models, Arabic on Arabic NLP. */
const multilingual = path.join(repoRoot, 'test/fixtures/multilingual/papers.jsonl');
const records = readFileSync(multilingual, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; date: string });
const tmp = tempDirs('tt-multilingual-');

const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;

describe('tokenizing non-Latin text', () => {
  const words = (text: string) => {
    const a = new TextAnalyzer({ phrases: false });
    const docs = a.fitTransform([text]);
    return Array.from(docs.terms[0], (t) => a.surfaces[t]);
  };

  it('splits Chinese into overlapping character bigrams, as CJKAnalyzer does', () => {
    expect(words('语音识别')).toEqual(['语音', '音识', '识别']);
    expect(words('GPT模型')).toEqual(['gpt', '模型']);
    expect(words('猫')).toEqual(['猫']);
  });

  it('keeps Japanese kana and Korean Hangul as bigrams too', () => {
    expect(words('トランスフォーマー')).toHaveLength(8);
    expect(words('음성 인식')).toEqual(['음성', '인식']);
  });

  it('splits Arabic and Cyrillic into words on spaces', () => {
    expect(words('الترجمة الآلية العصبية')).toEqual(['الترجمة', 'الآلية', 'العصبية']);
    expect(words('нейронный машинный перевод')).toEqual(['нейронный', 'машинный', 'перевод']);
  });

  it('throws a named data error when no text has a single term', () => {
    expect(() => new TextAnalyzer().fit(['1234 !!!', 'of the and', '★ 2024'])).toThrow(NoAnalysableTermsError);
  });
});

describe('a corpus with Chinese and Arabic papers mixed in', () => {
  it('gives them terms, and topics of their own: not one topic lumping both with nothing', async () => {
    const input = path.join(tmp(), 'mixed.jsonl');
    writeFileSync(input, readFileSync(seed, 'utf8') + readFileSync(multilingual, 'utf8'));
    const { model } = await runPipeline({ inputs: [input], out: tmp(), report: false });
    const at = (prefix: string) => model.papers.flatMap((p, i) => (p.id.startsWith(prefix) ? [i] : []));
    const zh = at('zh-');
    const ar = at('ar-');
    expect(zh).toHaveLength(6);
    expect(ar).toHaveLength(4);
    for (const i of [...zh, ...ar]) expect(model.docTerms[i].length, model.papers[i].id).toBeGreaterThan(10);
    const zhTopics = new Set(zh.map((i) => model.papers[i].topic));
    const arTopics = new Set(ar.map((i) => model.papers[i].topic));
    expect([...zhTopics].some((t) => arTopics.has(t))).toBe(false);
    for (const t of zhTopics) expect(model.topics[t].label).toMatch(HAN);
    for (const t of arTopics) expect(model.topics[t].label).toMatch(ARABIC);
    // The English papers keep English topics.
    const latinTopics = new Set(model.papers.filter((p) => !/^(zh|ar)-/.test(p.id)).map((p) => p.topic));
    for (const t of latinTopics) expect(model.topics[t].label).not.toMatch(HAN);
  });

  it('an all-Chinese corpus runs and separates speech recognition from diffusion models', () => {
    const dir = tmp();
    const zh = records.filter((r) => r.id.startsWith('zh-')).map((r, i) => ({ ...r, date: `${2019 + i}-06-01` }));
    writeFileSync(path.join(dir, 'zh.jsonl'), zh.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = runCli(['run', '--input', path.join(dir, 'zh.jsonl'), '--out', path.join(dir, 'out'), '--no-report', '-q', '--bin', 'year', '--recent', '1', '--baseline', '1']);
    expect(r.code, r.stderr).toBe(0);
    const docs = readFileSync(path.join(dir, 'out/documents.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const topicOf = new Map(docs.map((d) => [d[0], d[5]]));
    expect(new Set(['zh-0001', 'zh-0002', 'zh-0003'].map((id) => topicOf.get(id))).size).toBe(1);
    expect(new Set(['zh-0004', 'zh-0005', 'zh-0006'].map((id) => topicOf.get(id))).size).toBe(1);
    expect(topicOf.get('zh-0001')).not.toBe(topicOf.get('zh-0004'));
  });
});

describe('papers without analysable terms', () => {
  const junk = [
    { id: 'n1', title: '1234', abstract: '5678 ... !!! 42', date: '2024-01-01' },
    { id: 'n2', title: 'The', abstract: 'of the and 3.5', date: '2024-01-01' },
    { id: 'n3', title: '???', abstract: '★★★ 2024', date: '2024-01-01' },
    { id: 'n4', title: '2025', abstract: '(1) + (2) = 3', date: '2024-01-01' },
    { id: 'n5', title: 'It is', abstract: 'it is what it is', date: '2024-01-01' },
    { id: 'n6', title: '---', abstract: '... ; ...', date: '2024-01-01' },
  ];
  const lines = junk.map((r) => JSON.stringify(r)).join('\n') + '\n';

  it('are counted in a warning when mixed into a corpus', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'in.jsonl'), readFileSync(seed, 'utf8') + lines);
    const r = runCli(['run', '--input', path.join(dir, 'in.jsonl'), '--out', path.join(dir, 'out'), '--no-report', '-q', '--json']);
    expect(r.stderr).toContain('warning: 6 papers have no analysable terms (n1, n2, n3, ...)');
    if (r.code === 0) expect(JSON.parse(r.stdout).warnings.join('\n')).toContain('6 papers have no analysable terms');
  });

  it('a corpus of nothing else is a data error (exit 3) naming the problem, not an internal TF-IDF message', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'in.jsonl'), lines);
    const r = runCli(['run', '--input', path.join(dir, 'in.jsonl'), '--out', path.join(dir, 'out'), '-q']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('none of the 6 papers has analysable terms');
    expect(r.stderr).not.toMatch(/TfidfVectorizer/);
  });
});
