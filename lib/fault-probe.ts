import 'server-only';
import { env } from './env';

/**
 * Test-only: the e2e server starts with FAULT_PROBE=1 so a spec can make a page and an action
 * fail unexpectedly and check what the person sees and what the log keeps. Unset everywhere
 * else, where the probe's page is a 404 and its action refuses.
 */
export function faultProbeEnabled(): boolean {
  return env().FAULT_PROBE === '1';
}

/** A fault nobody planned for, as a broken database or a bug would raise. */
export class ProbeFault extends Error {
  constructor(where: string) {
    super(`fault probe: deliberate failure in ${where}`);
    this.name = 'ProbeFault';
  }
}
