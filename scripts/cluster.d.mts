import type { ChildProcess } from 'node:child_process';
export interface ClusterServer {
  port: number;
  url: string;
  child: ChildProcess | null;
}
export interface Cluster {
  servers: ClusterServer[];
  frontUrl: string | null;
  dataDir: string;
  env: Record<string, string | undefined>;
  kill(i: number): Promise<void>;
  start(i: number): Promise<void>;
  stop(): Promise<void>;
}
export declare function nginxConfig(options: { ports: number[]; frontPort: number; secret: string; folder: string }): string;
export declare function startCluster(options?: {
  servers?: number;
  port?: number;
  nginx?: boolean;
  frontPort?: number;
  build?: boolean;
  dataDir?: string;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  nginxBin?: string;
}): Promise<Cluster>;
