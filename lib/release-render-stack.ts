import 'server-only';
import { cacheSignal } from 'react';

/**
 * When a server render completes, React aborts its cache signal with an Error created inside a
 * setImmediate callback. Until that error's stack is read, V8 keeps the raw call sites, and with
 * them the Immediate, which links to the immediates queued around it and so to other requests'
 * contexts: on a busy server rendering per request, finished requests chained up until the heap
 * ran out. Reading the stack once turns it into a string and lets the request go.
 */
export function releaseRenderStackWhenDone(): void {
  const signal = cacheSignal();
  signal?.addEventListener(
    'abort',
    () => {
      const reason: unknown = signal.reason;
      if (reason instanceof Error) void reason.stack;
    },
    { once: true },
  );
}
