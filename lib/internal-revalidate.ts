import { randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from './env';

// Next refuses revalidateTag outside a request, so the scheduler asks its own server to
// revalidate through a route that only this process can call (a per-process random token).
const store = globalThis as unknown as { __zebianInternalToken?: string };

function token(): string {
  store.__zebianInternalToken ??= randomBytes(32).toString('hex');
  return store.__zebianInternalToken;
}

const INTERNAL_HEADER = 'x-zebian-internal';

export function isInternalRequest(headers: Headers): boolean {
  const given = Buffer.from(headers.get(INTERNAL_HEADER) ?? '');
  const expected = Buffer.from(token());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Asks this server process to revalidate the reader pages of these stories. */
export async function requestStoryRevalidation(storyIds: number[]): Promise<void> {
  const origins = [`http://127.0.0.1:${env().PORT}`, env().__NEXT_PRIVATE_ORIGIN].filter(Boolean) as string[];
  let lastError: unknown;
  for (const origin of origins) {
    try {
      const response = await fetch(`${origin}/api/internal/revalidate`, {
        method: 'POST',
        headers: { [INTERNAL_HEADER]: token(), 'content-type': 'application/json' },
        body: JSON.stringify({ storyIds }),
        signal: AbortSignal.timeout(5000),
      });
      if (response.ok) return;
      lastError = new Error(`revalidation answered ${response.status}`);
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error('could not reach this server to revalidate', { cause: lastError });
}
