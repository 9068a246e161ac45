'use client';

import Link from 'next/link';

/** The reference the server logged this fault under (Next's digest); none for a fault in the browser. */
function faultReference(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('digest' in error)) return null;
  const digest = (error as { digest?: unknown }).digest;
  return typeof digest === 'string' && digest ? digest : null;
}

/**
 * The one page for an unexpected fault: calm, in Chinese, no stack or message from the error
 * (it may hold details that are nobody's business); only the reference the server logged it under.
 */
export function FaultMessage({ error, retry }: { error: unknown; retry?: () => void }) {
  const reference = faultReference(error);
  return (
    <div className="not-found" role="alert" aria-labelledby="fault-title">
      <h1 id="fault-title">系統暫時出了問題</h1>
      <p>這不是你的操作造成的。你的資料沒有遺失，請稍後再試一次。</p>
      {reference ? (
        <p>
          參考編號：<code data-testid="fault-reference">{reference}</code>
          <br />
          若問題持續，請把這個編號告訴技術人員。
        </p>
      ) : null}
      <p>
        {retry ? (
          <button type="button" onClick={() => retry()}>
            再試一次
          </button>
        ) : null}{' '}
        <Link href="/">回到首頁</Link>
      </p>
    </div>
  );
}
