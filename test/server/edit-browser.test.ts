/**
 * `serve --edit` in headless Chromium: the topic page renames a topic through
 * the curation code (the run folder and the served model change); a page of
 * another origin cannot write, by fetch or by form; with the Host, Origin or
 * CSRF check failing the request is refused; without --edit nothing can write.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectProblems, launchChromium } from '../helpers/browser.js';
import { loadModel } from '../../src/model/index.js';
import { createApp, listen, type RunningServer } from '../../src/server/index.js';
import { buildSeedModel } from './fixture.js';

let browser: Browser;
let dir: string;
let cleanup: () => void;
let editing: RunningServer;
let readOnly: RunningServer;
let evil: http.Server;
let evilUrl: string;

const folderHash = () =>
  createHash('sha1')
    .update((readdirSync(dir, { recursive: true }) as string[]).sort().filter((f) => statSync(path.join(dir, f)).isFile()).map((f) => f + readFileSync(path.join(dir, f)).toString('base64')).join('\n'))
    .digest('hex');

/** A page of another origin that tries to rename topic 0 on the dashboard, by fetch and by a form. */
const evilPage = (target: string) => `<!doctype html><html><body>
<form id="f" method="POST" action="${target}api/topics/0/name" enctype="text/plain"><input name='{"name":"pwned","x":"' value='"}'></form>
<script>
window.attempts = (async () => {
  const out = {};
  try { const r = await fetch('${target}api/edit'); out.token = (await r.json()).token ?? null; } catch (e) { out.token = 'unreadable'; }
  try { await fetch('${target}api/topics/0/name', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"pwned"}' }); out.fetch = 'sent'; } catch (e) { out.fetch = 'blocked'; }
  return out;
})();
</script></body></html>`;

beforeAll(async () => {
  const built = await buildSeedModel(true);
  ({ dir, cleanup } = built);
  const modelFile = path.join(dir, 'model.json');
  const model = await loadModel(modelFile);
  editing = await listen(createApp(model, { runDir: dir, editModel: modelFile, log: () => {} }), { port: 0, host: '127.0.0.1' });
  readOnly = await listen(createApp(model, { runDir: dir, log: () => {} }), { port: 0, host: '127.0.0.1' });
  evil = http.createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(evilPage(req.url === '/ro' ? readOnly.url : editing.url));
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  // localhost vs 127.0.0.1: another origin (and another site) to the browser.
  evilUrl = `http://localhost:${(evil.address() as { port: number }).port}`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await editing?.close(100);
  await readOnly?.close(100);
  evil?.close();
  cleanup?.();
});

describe('serve --edit', () => {
  test('a page of another origin can neither read the token nor rename a topic', async () => {
    const before = folderHash();
    const page = await browser.newPage();
    await page.goto(evilUrl);
    const attempts = await page.evaluate(() => (window as unknown as { attempts: Promise<Record<string, string>> }).attempts);
    expect(attempts.token).toBe('unreadable'); // no CORS: the CSRF token stays with the dashboard's own page
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/topics/0/name') && r.request().method() === 'POST' && r.request().resourceType() === 'document');
    await page.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit());
    const res = await refused;
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain('cross-origin request from');
    expect(folderHash()).toBe(before);
    await page.close();
  }, 60_000);

  test('requests failing the Host, Origin or CSRF check are refused; nothing is written', async () => {
    const before = folderHash();
    const { token, header } = await (await fetch(new URL('/api/edit', editing.url))).json();
    const post = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: editing.port, path: '/api/topics/0/name', method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end('{"name":"pwned"}');
      });
    const own = editing.url.replace(/\/$/, '');
    const host = own.replace('http://', '');
    expect(await post({ host: 'evil.example', origin: 'http://evil.example', [header]: token })).toBe(421);
    expect(await post({ host, [header]: token })).toBe(403); // no Origin
    expect(await post({ host, origin: 'http://localhost:1', [header]: token })).toBe(403);
    expect(await post({ host, origin: own, 'sec-fetch-site': 'cross-site', [header]: token })).toBe(403);
    expect(await post({ host, origin: own })).toBe(403); // no token
    expect(await post({ host, origin: own, [header]: token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A') })).toBe(403);
    expect(folderHash()).toBe(before);
  });

  test('without --edit nothing can write, even from the dashboard\'s own page', async () => {
    const before = folderHash();
    const page = await browser.newPage();
    await page.goto(`${readOnly.url}#topic=0`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    await page.waitForSelector('#topic-panel:not([hidden]) .topic-body .facts');
    expect(await page.locator('form.rename').count()).toBe(0);
    const statuses = await page.evaluate(async () => {
      const edit = await (await fetch('/api/edit')).json();
      const post = await fetch('/api/topics/0/name', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"x"}' });
      const put = await fetch('/api/topics/0/name', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"name":"x"}' });
      return { edit: edit.edit, post: post.status, put: put.status };
    });
    expect(statuses).toEqual({ edit: false, post: 405, put: 405 });
    expect(folderHash()).toBe(before);
    await page.close();
  }, 60_000);

  test('the topic page renames a topic: curation.json, topics.csv and the served model change', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = collectProblems(page);
    await page.goto(`${editing.url}#topic=0`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    const input = page.locator('form.rename input[name=name]');
    await input.waitFor();
    const machine = await input.inputValue();
    await input.fill('Seed topic: streaming video');
    await Promise.all([page.waitForEvent('load'), page.locator('form.rename button[type=submit]').click()]);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('#topic-panel h2')?.textContent?.includes('Seed topic: streaming video'));
    expect(await page.locator('.curation .machine-label').textContent()).toBe(`Machine label: ${machine}`);
    const curation = JSON.parse(readFileSync(path.join(dir, 'curation.json'), 'utf8'));
    expect(curation.renames).toEqual([{ topic: 0, name: 'Seed topic: streaming video', at: expect.any(String) }]);
    expect(readFileSync(path.join(dir, 'topics.csv'), 'utf8')).toContain(`Seed topic: streaming video,${JSON.stringify(machine)}`);
    const listed = await (await fetch(new URL('/api/topics', editing.url))).json();
    expect(listed.topics[0]).toMatchObject({ label: 'Seed topic: streaming video', machineLabel: machine });
    // A bad name is refused with the curate message, the page says why.
    await input.fill('bad\u0007name');
    await page.locator('form.rename button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('form.rename [role=status]')?.textContent?.includes('--rename'));
    expect(problems.filter((p) => !p.includes('400'))).toEqual([]);
    await page.close();
  }, 90_000);
});
