'use client';

import { FaultMessage } from '@/components/fault-message';
import './globals.css';

// A fault in a root layout itself (the workspace's session check, the reader's chrome): this
// replaces the whole document, so it brings its own <html>, styles and title.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="zh-Hant">
      <body>
        <title>系統暫時出了問題</title>
        <main>
          <FaultMessage error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
