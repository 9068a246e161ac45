export declare const defaultRedisKeyPrefix: string;
