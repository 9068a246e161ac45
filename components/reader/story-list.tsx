import Link from 'next/link';
import type { Teaser } from '@/lib/reader/article-data';
import { type ReaderVariant, hrefIn } from '@/lib/reader/variant';
import { formatDate } from '@/lib/time';
import { articlePath } from '@/lib/reader/article-path';
import { MediaImage } from './media-image';

export function articleHref(id: number, slug?: string | null): string {
  return articlePath(id, slug);
}

/** Headlines with their dates: front-page blocks, related stories. */
export function StoryList({ stories, timeZone, rv }: { stories: Teaser[]; timeZone: string; rv: ReaderVariant }) {
  return (
    <ul className="story-list">
      {stories.map((s) => (
        <li key={s.id}>
          <Link href={hrefIn(rv, articleHref(s.id, s.slug))}>{s.title}</Link>
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

type CardStory = Pick<Teaser, 'id' | 'title' | 'publishedAt' | 'summary' | 'leadFileKey'> & Partial<Pick<Teaser, 'slug' | 'leadFocus'>>;

/** Stories with a photo and summary: channel pages, and a topic's curated (ordered) list. */
export function StoryCards({ stories, timeZone, rv, ordered = false }: { stories: CardStory[]; timeZone: string; rv: ReaderVariant; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="story-cards">
      {stories.map((s) => (
        <li key={s.id} className="story-card">
          {s.leadFileKey ? (
            <Link href={hrefIn(rv, articleHref(s.id, s.slug))} tabIndex={-1} aria-hidden="true" className="story-card-photo">
              <MediaImage fileKey={s.leadFileKey} alt="" width={360} height={240} focus={s.leadFocus} />
            </Link>
          ) : null}
          <div>
            <h2 className="story-card-title">
              <Link href={hrefIn(rv, articleHref(s.id, s.slug))}>{s.title}</Link>
            </h2>
            {s.summary ? <p className="story-card-summary">{s.summary}</p> : null}
            {s.publishedAt ? (
              <time dateTime={s.publishedAt.toISOString()} className="muted">
                {formatDate(s.publishedAt, timeZone)}
              </time>
            ) : null}
          </div>
        </li>
      ))}
    </List>
  );
}
