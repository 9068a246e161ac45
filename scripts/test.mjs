// `npm test`: every test, in order of speed: types, lint, unused code (knip), unit + integration (vitest), then
// Playwright against a fresh production build. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
};

const bin = (name) => `node_modules/.bin/${name}`;
run('typecheck', bin('tsc'), ['--noEmit']);
run('lint', bin('eslint'), ['.', '--max-warnings=0']);
run('unused files, exports and dependencies', bin('knip'), ['--no-progress']);
run('unit and integration tests', bin('vitest'), ['run']);
if (!fs.existsSync('/usr/bin/chromium')) {
  // Elsewhere Playwright brings its own browser; our machines use Debian's chromium instead.
  run('browser for Playwright', bin('playwright'), ['install', 'chromium']);
}
run('production build', bin('next'), ['build']);
run('browser tests', bin('playwright'), ['test']);
