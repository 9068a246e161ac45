import type { CacheStore } from './cache-stores.mjs';
export declare function cacheStore(options?: { serverDistDir?: string }): CacheStore;
type RenderStarts = Map<string, { first: number; pending: number }>;
export declare function noteRenderStart(starts: RenderStarts, key: string, at: number): void;
export declare function takeRenderStart(starts: RenderStarts, key: string, now: number): number;
type Ctx = { kind?: string; tags?: string[]; softTags?: string[]; fetchCache?: boolean; cacheControl?: { revalidate?: number | false; expire?: number } };
export default class ZebianCacheHandler {
  constructor(options?: { store?: CacheStore; serverDistDir?: string });
  get(key: string, ctx?: Ctx): Promise<{ lastModified: number; value: unknown; cacheControl?: unknown } | null>;
  set(key: string, data: unknown, ctx?: Ctx): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
