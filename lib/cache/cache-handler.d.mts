import type { CacheStore } from './cache-stores.mjs';
type Ctx = { kind?: string; tags?: string[]; softTags?: string[]; fetchCache?: boolean; cacheControl?: { revalidate?: number | false; expire?: number } };
export default class ZebianCacheHandler {
  constructor(options?: { store?: CacheStore; serverDistDir?: string });
  get(key: string, ctx?: Ctx): Promise<{ lastModified: number; value: unknown; cacheControl?: unknown } | null>;
  set(key: string, data: unknown, ctx?: Ctx): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
