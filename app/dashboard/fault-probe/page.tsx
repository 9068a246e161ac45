import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { faultProbeEnabled, ProbeFault } from '@/lib/fault-probe';
import { requireStaff } from '@/lib/session';
import { faultProbeAction } from '@/lib/actions/fault-probe';
import { ProbeForm } from './probe-form';

export const metadata: Metadata = { title: '故障測試 | 責編' };

type Props = { searchParams: Promise<{ fail?: string | string[] }> };

// Test-only (FAULT_PROBE=1): ?fail=render fails while rendering; the form's action fails when sent.
export default async function FaultProbePage({ searchParams }: Props) {
  await requireStaff();
  if (!faultProbeEnabled()) notFound();
  if ((await searchParams).fail === 'render') throw new ProbeFault('a page');
  return (
    <>
      <h1>故障測試</h1>
      <ProbeForm action={faultProbeAction} />
    </>
  );
}
