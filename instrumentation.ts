import type { Instrumentation } from 'next';

// Runs once in each server process before it takes requests: secrets, migrations, first run,
// and (later) the scheduler. Never during `next build`, which must not touch the database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { installPeerAddressStamp } = await import('./lib/peer-address');
  installPeerAddressStamp();
  const { startServerProcess } = await import('./lib/server-start');
  await startServerProcess();
}

/**
 * Every unexpected fault in a page, action or route, logged once with the reference the person
 * sees on the error page (Next's digest), so a reported number leads to its stack.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : 'none';
  console.error(`[fault] reference=${digest} ${request.method} ${request.path} (${context.routeType} ${context.routePath})`, error);
};
