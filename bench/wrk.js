// Load from a second process: wrk (Debian package `wrk`, written in C). autocannon runs inside the
// server's own process and event loop, so large bodies measured its JS parser: /api/map.bin read
// p95 449 ms at 186 req/s with autocannon and p90 24 ms at 3,640 req/s with wrk, same server.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const hasWrk = () => spawnSync('wrk', ['--version']).error === undefined;

/**
 * GET `paths` in turn (one path: the same request each time) from `baseUrl` with `connections` open
 * for `seconds`, gzip accepted as a browser does. Latencies in ms.
 */
export async function wrk(baseUrl, paths, { connections = 50, seconds = 5 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'wrk-'));
  const script = path.join(dir, 'bench.lua');
  const list = paths.map((p) => JSON.stringify(p)).join(', ');
  writeFileSync(script, `
local paths = { ${list} }
local i = 0
local non2xx = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Accept-Encoding"] = "gzip" })
end
response = function(status) if status < 200 or status > 299 then non2xx = non2xx + 1 end end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %.2f %.2f %.2f %.3f\\n", summary.requests, non2xx,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.duration / 1e6))
end
`);
  // One thread: the server has the other core.
  // Asynchronously: the server under test may run in this very process.
  const { stdout: out } = await promisify(execFile)('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '-s', script, baseUrl], { encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.startsWith('RESULT'));
  if (!line) throw new Error(`wrk printed no result:\n${out}`);
  const [requests, non2xx, errors, p50, p95, p99, secs] = line.split(' ').slice(1).map(Number);
  return { requests, non2xx, errors, p50, p95, p99, rps: Math.round(requests / secs) };
}
