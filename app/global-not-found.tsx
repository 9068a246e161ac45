import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

// For addresses that match no route at all (the app has two root layouts, the reader's and
// the workspace's, so there is no single layout to render a 404 in).
export const metadata: Metadata = { title: '找不到這個頁面', robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang="zh-Hant">
      <body>
        <main className="not-found">
          <h1>找不到這個頁面</h1>
          <p>你要找的內容不存在，或已經不再公開。</p>
          <p>
            <Link href="/">回到首頁</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
