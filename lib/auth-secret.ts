import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir, env } from './env';

let known: string | undefined;

/**
 * The key that signs session tokens: AUTH_SECRET, else one generated the first time and kept
 * in the data folder, so restarts keep staff signed in. Read by the Auth.js set-up of the pages
 * (lib/auth.ts) and of proxy.ts, and first at start (lib/server-start.ts).
 */
export function authSecret(): string {
  const configured = env().AUTH_SECRET;
  if (configured) return configured;
  if (known) return known;
  const folder = dataDir();
  const file = path.join(folder, 'auth-secret');
  fs.mkdirSync(folder, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Already there (from an earlier start, or written a moment ago by another module graph).
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  known = fs.readFileSync(file, 'utf8').trim();
  return known;
}
