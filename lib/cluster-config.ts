// Settings a server needs when it is one of several (REDIS_URL set), checked before it takes a
// request: a server that would log readers out, fail staff actions or show other addresses than
// its neighbours refuses to start and says what to set.

interface ClusterCheck {
  /** Each refuses the start. */
  errors: string[];
  /** Each is printed; the server starts. */
  warnings: string[];
}

type Env = Partial<Record<'REDIS_URL' | 'AUTH_SECRET' | 'DATABASE_URL' | 'PUBLIC_URL' | 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY' | 'NEXT_DEPLOYMENT_ID' | 'MEDIA_S3_BUCKET', string>>;

function keyBytes(value: string): number {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return 0;
  return Buffer.from(value, 'base64').length;
}

export function checkClusterConfig(env: Env): ClusterCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!env.REDIS_URL) return { errors, warnings };

  try {
    const url = new URL(env.REDIS_URL);
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') errors.push(`REDIS_URL must start with redis:// or rediss:// (it is ${url.protocol}//…).`);
  } catch {
    errors.push('REDIS_URL is not an address such as redis://127.0.0.1:6379.');
  }
  if (!env.AUTH_SECRET) {
    errors.push(
      'REDIS_URL is set, so this server is one of several, but AUTH_SECRET is not: set AUTH_SECRET to one value shared by every server (for example the output of `openssl rand -base64 33`). A secret generated per server would sign staff out whenever a request reaches another server.',
    );
  } else if (env.AUTH_SECRET.length < 32) {
    errors.push('AUTH_SECRET is shorter than 32 characters: use a long random value (for example `openssl rand -base64 33`), the same on every server.');
  }
  if (!env.DATABASE_URL) {
    errors.push('REDIS_URL is set, but DATABASE_URL is not: several servers must share one PostgreSQL database (the embedded database belongs to one process).');
  }
  if (!env.PUBLIC_URL) {
    errors.push('REDIS_URL is set, but PUBLIC_URL is not: set it to the site address readers use (for example https://news.example.com), the same on every server, so shared pages carry the same links.');
  } else if (!/^https?:\/\/[^/]+/.test(env.PUBLIC_URL)) {
    errors.push('PUBLIC_URL must be an address such as https://news.example.com.');
  }
  const actionsKey = env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (!actionsKey) {
    warnings.push(
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set: staff actions work across servers only if every server runs the very same build. Set it (`openssl rand -base64 32`) when building, the same everywhere.',
    );
  } else if (![16, 24, 32].includes(keyBytes(actionsKey))) {
    errors.push('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be the base64 of a 16, 24 or 32-byte key (`openssl rand -base64 32`).');
  }
  if (!env.NEXT_DEPLOYMENT_ID) {
    warnings.push('NEXT_DEPLOYMENT_ID is not set: set one value per release, the same on every server of it, so browsers notice a new release and cache entries of different releases stay apart.');
  }
  if (!env.MEDIA_S3_BUCKET) {
    warnings.push(
      'MEDIA_S3_BUCKET is not set: media are kept in DATA_DIR/media, which every server must see (one machine, or a shared mount). Set MEDIA_S3_* for servers on several machines.',
    );
  }
  return { errors, warnings };
}

/** Prints the check and ends the process when it fails. */
export function enforceClusterConfig(env: Env): void {
  const { errors, warnings } = checkClusterConfig(env);
  for (const warning of warnings) console.warn(`[cluster] ${warning}`);
  if (!errors.length) return;
  console.error(['Zebian cannot start: the settings for running on several servers are incomplete.', ...errors.map((e) => `  - ${e}`), 'See README.md, "Running on several servers".'].join('\n'));
  process.exit(1);
}
