import Link from 'next/link';
import type { StoryTeaser } from '@/db/queries/stories';
import { formatDate } from '@/lib/time';

export function StoryList({ stories, timeZone }: { stories: StoryTeaser[]; timeZone: string }) {
  return (
    <ul className="story-list">
      {stories.map((s) => (
        <li key={s.id}>
          <Link href={`/articles/${s.id}`}>{s.title}</Link>
          {s.publishedAt ? (
            <time dateTime={s.publishedAt.toISOString()} className="muted">
              {formatDate(s.publishedAt, timeZone)}
            </time>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
