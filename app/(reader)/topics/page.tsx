import type { Metadata } from 'next';
import Link from 'next/link';
import { loadTopics } from '@/lib/reader/loaders';

export const metadata: Metadata = { title: '熱點專題' };

export default async function TopicsPage() {
  const topics = await loadTopics();
  return (
    <section aria-labelledby="topics-heading">
      <h1 id="topics-heading">熱點專題</h1>
      {topics.length ? (
        <ul className="topic-list">
          {topics.map((t) => (
            <li key={t.id}>
              <h2>
                <Link href={`/topics/${t.slug}`}>{t.title}</Link>
              </h2>
              <p>{t.summary}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">目前沒有專題。</p>
      )}
    </section>
  );
}
