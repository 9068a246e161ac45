/**
 * At most `limit` tasks at once; the rest wait their turn. Photo processing is heavy on the
 * CPU (sharp runs it on libuv's thread pool), so a burst of uploads queues here instead of
 * starving the reader pages of the machine's cores.
 */
export function createLimiter(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
