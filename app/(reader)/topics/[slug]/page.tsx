import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadTopic } from '@/lib/reader/loaders';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  return topic ? { title: topic.title, description: topic.summary } : {};
}

export default async function TopicPage({ params }: Props) {
  const topic = await loadTopic((await params).slug);
  if (!topic) notFound();
  return (
    <section aria-labelledby="topic-heading">
      <p className="breadcrumb">
        <Link href="/topics">熱點專題</Link>
      </p>
      <h1 id="topic-heading">{topic.title}</h1>
      <p className="topic-summary">{topic.summary}</p>
      <ol className="story-list">
        {topic.stories.map((s) => (
          <li key={s.id}>
            <Link href={`/articles/${s.id}`}>{s.title}</Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
