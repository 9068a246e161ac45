// Runs once in each server process before it takes requests: secrets, migrations, first run,
// and (later) the scheduler. Never during `next build`, which must not touch the database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { installPeerAddressStamp } = await import('./lib/peer-address');
  installPeerAddressStamp();
  const { startServerProcess } = await import('./lib/server-start');
  await startServerProcess();
}
