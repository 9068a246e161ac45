import Link from 'next/link';
import { channelHref } from '@/components/reader/site-header';
import { MediaImage } from '@/components/reader/media-image';
import { StoryList } from '@/components/reader/story-list';
import { loadFrontPage, loadSiteChrome } from '@/lib/reader/loaders';
import { formatPublishTime } from '@/lib/time';

export default async function FrontPage() {
  const [{ latest, blocks, topics }, { settings }] = await Promise.all([loadFrontPage(), loadSiteChrome()]);
  const lead = latest.find((s) => s.leadFileKey) ?? latest[0];
  const headlines = latest.filter((s) => s !== lead).slice(0, 8);
  return (
    <>
      <h1 className="visually-hidden">{settings.siteName}</h1>
      {lead ? (
        <section className="front-top" aria-label="頭條">
          <article className="lead-story">
            {lead.leadFileKey ? <MediaImage fileKey={lead.leadFileKey} alt={lead.leadAlt ?? ''} width={1200} height={800} eager className="lead-photo" /> : null}
            <h2>
              <Link href={`/articles/${lead.id}`}>{lead.title}</Link>
            </h2>
            {lead.subtitle ? <p className="subtitle">{lead.subtitle}</p> : null}
            <p className="summary">{lead.summary}…</p>
            {lead.publishedAt ? <time dateTime={lead.publishedAt.toISOString()}>{formatPublishTime(lead.publishedAt, settings.timeZone)}</time> : null}
          </article>
          <section className="headlines" aria-labelledby="headlines-heading">
            <h2 id="headlines-heading">要聞</h2>
            <StoryList stories={headlines} timeZone={settings.timeZone} />
          </section>
        </section>
      ) : (
        <p className="muted">還沒有已發佈的新聞。</p>
      )}
      <div className="channel-blocks">
        {blocks.map(({ channel, stories }) => (
          <section key={channel.id} className="channel-block" aria-labelledby={`block-${channel.slug}`}>
            <h2 id={`block-${channel.slug}`}>
              <Link href={channelHref(channel)}>{channel.name}</Link>
            </h2>
            <StoryList stories={stories} timeZone={settings.timeZone} />
          </section>
        ))}
        {topics.length ? (
          <section className="channel-block" aria-labelledby="block-topics">
            <h2 id="block-topics">
              <Link href="/topics">熱點專題</Link>
            </h2>
            <ul className="story-list">
              {topics.map((t) => (
                <li key={t.id}>
                  <Link href={`/topics/${t.slug}`}>{t.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
