/** A redis-server started by {@link startRedis}. */
export interface RunningRedis {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  host: string;
  port: number;
  pid: number | undefined;
  /** Ends the server and resolves once it exited. */
  stop(): Promise<void>;
}

export function findRedisServer(): string | null;
export function ensureRedisServer(): string;
export function freePort(): Promise<number>;
export function startRedis(options?: { timeout?: number }): Promise<RunningRedis>;
