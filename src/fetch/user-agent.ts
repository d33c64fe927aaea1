import { readFileSync } from 'node:fs';

/** Used when package.json names no repository or homepage. */
const FALLBACK_URL = 'https://www.npmjs.com/package/topictrends';

/**
 * `topictrends/<version> (+<repo url>; mailto:<address>)`. arXiv asks API
 * clients to identify themselves; a contact address lets them reach you
 * instead of blocking you.
 */
export function userAgent(mailto?: string): string {
  const { version, url } = packageInfo();
  return `topictrends/${version} (+${url}${mailto ? `; mailto:${mailto}` : ''})`;
}

function packageInfo(): { version: string; url: string } {
  try {
    // Same relative path from src/fetch/ (tests) and dist/fetch/ (the built CLI).
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
      homepage?: string;
      repository?: string | { url?: string };
    };
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const url = (repo ?? pkg.homepage ?? FALLBACK_URL).replace(/^git\+/, '').replace(/\.git$/, '');
    return { version: pkg.version ?? '0.0.0', url };
  } catch {
    return { version: '0.0.0', url: FALLBACK_URL };
  }
}
