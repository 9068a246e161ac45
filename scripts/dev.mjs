// `npm run dev`: the development server on its own data folder, so it never shares one with
// `npm start` (one process per embedded database folder).
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const server = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['dev', '-p', process.env.PORT || '3000'], {
  cwd: root,
  stdio: 'inherit',
  env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, DATA_DIR: process.env.DATA_DIR || path.join(root, 'data', 'dev') },
});
server.on('exit', (code) => process.exit(code ?? 0));
