'use client';

import { FaultMessage } from '@/components/fault-message';

// An unexpected fault in any page or action below a root layout. The server has logged it with
// the same reference (instrumentation.ts); the person sees only that reference.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <FaultMessage error={error} retry={retry} />;
}
