export interface StoredEntry {
  lastModified: number;
  tags: string[];
  value: unknown;
  cacheControl?: { revalidate?: number | false; expire?: number };
}
export interface CacheStore {
  readonly kind: 'memory' | 'redis';
  now(): number;
  uncertainty(): number;
  get(key: string, extraTags?: string[]): Promise<StoredEntry | null>;
  set(key: string, entry: StoredEntry, ttlSeconds: number): Promise<void>;
  invalidate(tags: string[], at: number): Promise<void>;
  close(): Promise<void>;
}
export declare function serialize(entry: unknown): string;
export declare function deserialize(text: string): unknown;
export declare class MemoryStore implements CacheStore {
  constructor(limitBytes?: number);
  readonly kind: 'memory';
  now(): number;
  uncertainty(): number;
  get(key: string, extraTags?: string[]): Promise<StoredEntry | null>;
  set(key: string, entry: StoredEntry, ttlSeconds: number): Promise<void>;
  invalidate(tags: string[], at: number): Promise<void>;
  close(): Promise<void>;
}
export declare class RedisStore implements CacheStore {
  constructor(options: { url: string; prefix: string; build: string; timeoutMs?: number; log?: Pick<Console, 'warn'> });
  readonly kind: 'redis';
  readonly usable: boolean;
  now(): number;
  uncertainty(): number;
  get(key: string, extraTags?: string[]): Promise<StoredEntry | null>;
  set(key: string, entry: StoredEntry, ttlSeconds: number): Promise<void>;
  invalidate(tags: string[], at: number): Promise<void>;
  close(): Promise<void>;
}
