'use server';

import { z } from 'zod';
import { staffAction } from '@/lib/action';
import { failure } from '@/lib/errors';
import { ProbeFault, faultProbeEnabled } from '@/lib/fault-probe';

/** Test-only (FAULT_PROBE=1): an action that fails unexpectedly, after every check has passed. */
export const faultProbeAction = staffAction({ schema: z.object({}), permission: 'workspace.enter' }, async () => {
  if (!faultProbeEnabled()) return failure('not_found');
  throw new ProbeFault('an action');
});
