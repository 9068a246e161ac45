import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nginxConfig } from './cluster.mjs';

// deploy/nginx.conf as `npm run cluster -- --nginx` and the bench use it, checked by nginx itself.
const hasNginx = spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasNginx)('the shipped nginx configuration (needs the nginx program)', () => {
  it('is accepted by nginx with two servers and a refresh secret of 48 characters', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zebian-nginx-'));
    try {
      const file = path.join(folder, 'nginx.conf');
      fs.writeFileSync(file, nginxConfig({ ports: [3001, 3002], frontPort: 8089, secret: randomBytes(24).toString('hex'), folder }));
      const check = spawnSync('nginx', ['-t', '-q', '-c', file, '-p', folder], { encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
