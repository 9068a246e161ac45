import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';
import './globals.css';

// For addresses that match no route at all (the app has two root layouts, the reader's and
// the workspace's, so there is no single layout to render a 404 in).
export const metadata: Metadata = { title: '找不到這個頁面', robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang="zh-Hant">
      <body>
        <main className="not-found">
          <NotFoundMessage />
        </main>
      </body>
    </html>
  );
}
