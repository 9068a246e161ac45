import 'server-only';
import http from 'node:http';
import https from 'node:https';
import { after } from 'next/server';
import { getDb } from '@/db/client';
import { listStoryChannelSlugs } from '@/db/queries/channels';
import { env } from '@/lib/env';
import { variantPrefix, variants } from './variant';

/**
 * Refreshes pages in the front cache (deploy/nginx.conf) right after a change, so readers
 * behind it see a publication at once rather than when the cached copy expires. The cache lets
 * a request carrying FRONT_CACHE_SECRET in `X-Zebian-Refresh` skip its copy and store the fresh
 * page. Does nothing unless FRONT_CACHE_URL and FRONT_CACHE_SECRET are both set.
 */
export function refreshFrontCache(paths: () => Promise<string[][]> | string[][]): void {
  const { FRONT_CACHE_URL: base, FRONT_CACHE_SECRET: secret } = env();
  if (!base || !secret) return;
  // After the response: by then the change's cache tags have expired inside this server.
  after(async () => {
    const waves = await paths();
    const inScripts = waves.flat().flatMap((p) => variants.map((v) => (p === '/' ? variantPrefix[v] : `${variantPrefix[v]}${p}`)));
    // Wave by wave, busiest pages first: each refresh is a render on a shared server.
    for (const wave of [...waves, inScripts]) await Promise.all(wave.map((p) => refresh(new URL(p, base), secret)));
  });
}

/** The addresses a story is shown at, busiest first: front and channel pages, then its own page and the feed. */
export function storyPaths(storyId: number): () => Promise<string[][]> {
  return async () => {
    const slugs = await listStoryChannelSlugs(await getDb(), storyId);
    return [['/', ...slugs.map((s) => `/channels/${s}`)], [`/articles/${storyId}`, '/feed.xml']];
  };
}

function refresh(url: URL, secret: string): Promise<void> {
  // The cache keys on the public host name, which the request must carry (fetch cannot set Host).
  const host = new URL(env().PUBLIC_URL ?? url.origin).host;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.get(url, { headers: { host, 'x-zebian-refresh': secret }, timeout: 5_000 }, (response) => {
      response.resume();
      response.on('end', resolve);
    });
    // A refresh that fails only means readers wait for the copy to expire (about a second).
    request.on('error', () => resolve());
    request.on('timeout', () => request.destroy());
  });
}
