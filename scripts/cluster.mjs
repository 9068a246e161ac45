// `npm run cluster -- --servers 2`: several Zebian servers on this machine, sharing one
// PostgreSQL database (DATABASE_URL) and one Redis (REDIS_URL), for trying a cluster and for the
// tests. With --nginx, deploy/nginx.conf's front cache balances over them (nginx must be installed).
//
//   --servers N      how many app servers (default 2)
//   --port P         the first server's port; the others follow (default 3001)
//   --nginx          start the front cache too, on --front-port (default 8080)
//   --build          build first even when a build exists
//
// Every server gets the same AUTH_SECRET (generated for this run unless set), the same
// PUBLIC_URL and one shared DATA_DIR (media). Stop with Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { authUrlFor } from './auth-url.mjs';
import { serverNodeOptions } from './server-node-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nextBin = path.join(root, 'node_modules', '.bin', 'next');

async function waitForAnswer(url, child, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited (code ${child.exitCode})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

function stopGroup(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, signal);
    } catch {
      resolve();
    }
  });
}

/** deploy/nginx.conf, pointed at these servers, with its paths in `folder`. */
export function nginxConfig({ ports, frontPort, secret, folder }) {
  let site = fs.readFileSync(path.join(root, 'deploy', 'nginx.conf'), 'utf8');
  site = site.replace('/var/cache/nginx/zebian', path.join(folder, 'cache'));
  site = site.replace(/upstream zebian_app \{[\s\S]*?\n\}/, `upstream zebian_app {\n${ports.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}\n    keepalive 64;\n}`);
  site = site.replace(/listen 80;/, `listen 127.0.0.1:${frontPort};`);
  site = site.replace('change-me-to-the-front-cache-secret', secret);
  const temp = (name) => `${name} ${path.join(folder, name.replace(/_path$/, ''))};`;
  return [
    // As root, nginx's workers would otherwise run as nobody, who cannot read this folder.
    process.getuid?.() === 0 ? 'user root root;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${path.join(folder, 'nginx.pid')};`,
    `error_log ${path.join(folder, 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '    access_log off;',
    `    ${temp('client_body_temp_path')}`,
    `    ${temp('proxy_temp_path')}`,
    `    ${temp('fastcgi_temp_path')}`,
    `    ${temp('uwsgi_temp_path')}`,
    `    ${temp('scgi_temp_path')}`,
    site,
    '}',
  ].join('\n');
}

/**
 * Starts the cluster and resolves once every server answers. The first server starts alone (it
 * migrates the database and creates the first accounts); the others start together after it.
 */
export async function startCluster(options = {}) {
  const env = { ...process.env, ...(options.env ?? {}) };
  const count = options.servers ?? 2;
  const firstPort = options.port ?? 3001;
  const ports = Array.from({ length: count }, (_, i) => firstPort + i);
  if (!env.DATABASE_URL) throw new Error('Set DATABASE_URL: the servers share one PostgreSQL database.');
  if (!env.REDIS_URL) throw new Error('Set REDIS_URL: the servers share their caches in Redis.');
  if (options.build || !fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    const built = spawnSync(nextBin, ['build'], { cwd: root, stdio: 'inherit', env: { ...env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (built.status !== 0) throw new Error('next build failed');
  }
  const frontPort = options.nginx ? (options.frontPort ?? 8080) : null;
  const frontUrl = frontPort ? `http://127.0.0.1:${frontPort}` : null;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'zebian-cluster-'));
  const secret = randomBytes(24).toString('hex');
  const serverEnv = {
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_TRUST_HOST: 'true',
    NODE_OPTIONS: serverNodeOptions,
    ...env,
    AUTH_SECRET: env.AUTH_SECRET || randomBytes(33).toString('base64'),
    PUBLIC_URL: env.PUBLIC_URL || frontUrl || `http://127.0.0.1:${ports[0]}`,
    DATA_DIR: dataDir,
    ...(frontUrl ? { FRONT_CACHE_URL: frontUrl, FRONT_CACHE_SECRET: secret } : {}),
  };
  Object.assign(serverEnv, authUrlFor(serverEnv));
  const log = options.log ?? ((line) => process.stdout.write(line));
  const servers = ports.map((port) => ({ port, url: `http://127.0.0.1:${port}`, child: null }));

  const launch = (server) => {
    const child = spawn(nextBin, ['start', '-p', String(server.port), '-H', '127.0.0.1'], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...serverEnv, PORT: String(server.port) },
    });
    const tag = `[${server.port}] `;
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => log(chunk.toString().replace(/^(?=.)/gm, tag)));
    server.child = child;
    return waitForAnswer(`${server.url}/login`, child, options.startTimeoutMs ?? 120_000);
  };

  let nginx = null;
  const cluster = {
    servers,
    frontUrl,
    dataDir,
    env: serverEnv,
    /** Ends one server at once, as a crash would. */
    kill: (i) => stopGroup(servers[i].child, 'SIGKILL'),
    start: (i) => launch(servers[i]),
    async stop() {
      await Promise.all([...servers.map((s) => stopGroup(s.child)), stopGroup(nginx)]);
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await launch(servers[0]);
    await Promise.all(servers.slice(1).map(launch));
    if (frontPort) {
      const folder = path.join(dataDir, 'nginx');
      fs.mkdirSync(path.join(folder, 'cache'), { recursive: true });
      fs.writeFileSync(path.join(folder, 'nginx.conf'), nginxConfig({ ports, frontPort, secret, folder }));
      nginx = spawn(options.nginxBin ?? 'nginx', ['-c', path.join(folder, 'nginx.conf'), '-p', folder], { detached: true, stdio: 'inherit' });
      await waitForAnswer(`${frontUrl}/`, nginx, 20_000);
    }
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}

function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const cluster = await startCluster({
      servers: Number(argument('servers', '2')),
      port: Number(argument('port', process.env.PORT || '3001')),
      nginx: process.argv.includes('--nginx'),
      frontPort: Number(argument('front-port', '8080')),
      build: process.argv.includes('--build'),
    });
    console.log(`\nZebian cluster: ${cluster.servers.map((s) => s.url).join(', ')}${cluster.frontUrl ? `; front cache ${cluster.frontUrl}` : ''}`);
    console.log(`Shared media folder: ${cluster.dataDir}. Ctrl-C stops every server.`);
    const stop = () => cluster.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(`Cluster not started: ${error.message}`);
    process.exit(1);
  }
}
