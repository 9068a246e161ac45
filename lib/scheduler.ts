import type { Db } from '@/db/client';
import { DUE_BATCH, publishDueStories } from '@/db/queries/story-workflow';

const INTERVAL_MS = 1000;

/**
 * Publishes scheduled stories at their time from inside the server process, whether or not
 * anyone visits; the first tick at start catches up schedules missed while it was down. Every
 * server of a cluster runs one: publishDueStories lets exactly one of them publish each story,
 * and `onPublished` hears only of the stories this one published.
 */
export function startScheduler(db: Db, onPublished: (ids: number[]) => void): () => void {
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      let ids: number[];
      do {
        ids = await publishDueStories(db);
        if (ids.length) {
          console.log(`[scheduler] published ${ids.join(', ')}`);
          onPublished(ids);
        }
      } while (ids.length === DUE_BATCH && !stopped);
    } catch (error) {
      console.error('[scheduler] publishing scheduled stories failed', error);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), INTERVAL_MS);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
