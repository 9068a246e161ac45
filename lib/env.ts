import path from 'node:path';
import { z } from 'zod';
import { parseTrustedProxies } from './client-address';
import { defaultRedisKeyPrefix } from './cache/key-prefix.mjs';

// Every setting Zebian reads from its environment, parsed once. The README's configuration table
// lists exactly these keys (lib/env.test.ts checks it). Elsewhere process.env is read only by the
// start scripts, the Next/Playwright/Vitest configurations, instrumentation.ts (Next's own
// runtime flags) and lib/cache/cache-handler.mjs, which Next loads outside the app's bundle.

const text = z.string().trim().min(1).optional();

/** A whole number from `min` to `max`, written in the environment as text. */
const whole = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` })
    .default(fallback);

const positive = (fallback: number) => z.coerce.number({ error: 'must be a number' }).positive({ error: 'must be a positive number' }).default(fallback);

const address = (protocols: string[], example: string) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be an address such as ${example}`)
    .optional();

export const settingsSchema = z.object({
  PORT: whole(1, 65_535, 3000),
  PUBLIC_URL: address(['http:', 'https:'], 'https://news.example.com').transform((value) => value?.replace(/\/+$/, '')),
  DATA_DIR: z.string().trim().min(1).default('data'),
  DATABASE_URL: address(['postgres:', 'postgresql:'], 'postgres://user:password@127.0.0.1:5432/zebian'),
  DATABASE_POOL_SIZE: whole(1, 1000, 10),
  FRONT_CACHE_URL: address(['http:', 'https:'], 'http://127.0.0.1'),
  FRONT_CACHE_SECRET: text,
  ADMIN_EMAIL: text,
  ADMIN_PASSWORD: text,
  AUTH_SECRET: text,
  AUTH_URL: address(['http:', 'https:'], 'https://news.example.com/api/auth'),
  SEED_DEMO: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
  DEMO_PASSWORD: text,
  // Test-only: opens /dashboard/fault-probe, whose page and action fail on purpose (the e2e server sets it).
  FAULT_PROBE: z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0'),
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, context) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  MEDIA_MAX_IMAGE_MB: positive(25),
  MEDIA_MAX_IMAGE_MEGAPIXELS: positive(40),
  MEDIA_MAX_VIDEO_MB: positive(500),
  REDIS_URL: text,
  REDIS_KEY_PREFIX: z.string().default(defaultRedisKeyPrefix),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: text,
  NEXT_DEPLOYMENT_ID: text,
  // The bucket's settings are checked together by s3ConfigFromEnv (lib/media/s3-storage.ts).
  MEDIA_S3_BUCKET: text,
  MEDIA_S3_ENDPOINT: text,
  MEDIA_S3_ACCESS_KEY_ID: text,
  MEDIA_S3_SECRET_ACCESS_KEY: text,
  MEDIA_S3_REGION: text,
  MEDIA_S3_PREFIX: z.string().optional(),
  MEDIA_S3_PART_MB: text,
  MEDIA_UPLOAD_DIR: text,
});

/** Set by Next itself, not by the operator: not in the README's table. */
const nextSchema = z.object({
  NODE_ENV: z.string().optional(),
  __NEXT_PRIVATE_ORIGIN: z.string().optional(),
});

export type Settings = z.infer<typeof settingsSchema> & z.infer<typeof nextSchema>;

/**
 * Parses settings from an environment. An empty value counts as unset, as a shell's `NAME=`
 * means. Throws one error naming every setting that is wrong.
 */
export function parseSettings(source: Record<string, string | undefined>): Settings {
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = settingsSchema.safeParse(given);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(['Zebian cannot start: some settings are wrong (see README.md, "Configuration").', ...lines].join('\n'));
  }
  return { ...result.data, ...nextSchema.parse(given) };
}

const store = globalThis as unknown as { __zebianSettings?: Settings };

/** This process's settings, parsed on first use (at start: lib/server-start.ts). */
export function env(): Settings {
  store.__zebianSettings ??= parseSettings(process.env);
  return store.__zebianSettings;
}

/**
 * The site's address for links that must be absolute: PUBLIC_URL, else this server on
 * localhost (fine on one machine; a real site sets PUBLIC_URL).
 */
export function publicUrl(settings: Settings = env()): string {
  return settings.PUBLIC_URL ?? `http://localhost:${settings.PORT}`;
}

/** The data folder (DATA_DIR), resolved against the folder the server was started in. */
export function dataDir(settings: Settings = env()): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), settings.DATA_DIR);
}
