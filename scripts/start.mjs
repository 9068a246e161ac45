// `npm start`: builds when there is no build for this checkout, then serves the newsroom.
// Migrations, the first admin and the demo content happen inside the server process
// (instrumentation.ts), since only one process may open the embedded database folder.
import { spawnSync, spawn, execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { authUrlFor } from './auth-url.mjs';
import { serverNodeOptions } from './server-node-options.mjs';

const root = path.resolve(import.meta.dirname, '..');
const next = path.join(root, 'node_modules', '.bin', 'next');
const stamp = path.join(root, '.next', 'zebian-build-commit');

function currentCommit() {
  try {
    const head = execSync('git rev-parse HEAD', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return dirty ? null : head; // uncommitted changes: always rebuild
  } catch {
    return 'no-git';
  }
}

// The security headers are fixed at build, and HSTS depends on whether PUBLIC_URL is https:
// a change of scheme needs a new build as much as a new commit does.
const scheme = (process.env.PUBLIC_URL ?? '').startsWith('https://') ? 'https' : 'http';
const commit = currentCommit();
const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID'));
const builtCommit = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
if (!built || commit === null || builtCommit !== `${commit} ${scheme}` || process.argv.includes('--build')) {
  console.log('Building Zebian (about a minute)…');
  const result = spawnSync(next, ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  if (commit) fs.writeFileSync(stamp, `${commit} ${scheme}`);
}

const port = process.env.PORT || '3000';
const server = spawn(next, ['start', '-p', port, '-H', process.env.HOST || '0.0.0.0'], {
  cwd: root,
  stdio: 'inherit',
  env: { NEXT_TELEMETRY_DISABLED: '1', AUTH_TRUST_HOST: 'true', NODE_OPTIONS: serverNodeOptions, ...process.env, ...authUrlFor(process.env), PORT: port },
});
console.log(`Zebian will be at http://localhost:${port} (workspace: /dashboard; sign-in: /login)`);
const stop = (signal) => server.kill(signal);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
