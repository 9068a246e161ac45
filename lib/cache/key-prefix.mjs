// The Redis key prefix when REDIS_KEY_PREFIX is unset. Plain JS because the cache handler, which
// Next loads outside TypeScript, needs it as much as lib/env.ts does.
export const defaultRedisKeyPrefix = 'zebian:';
