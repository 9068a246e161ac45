import type { Metadata } from 'next';
import Link from 'next/link';
import { MediaImage } from '@/components/reader/media-image';
import { channelHref } from '@/components/reader/site-header';
import { StoryList, articleHref } from '@/components/reader/story-list';
import { type Teaser, loadFrontPage, loadSiteChrome } from '@/lib/reader/loaders';
import { readerVariant } from '@/lib/reader/request';
import { alternatesFor, hrefIn } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';
import { formatPublishTime } from '@/lib/time';

type Props = { params: Promise<{ variant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const rv = await readerVariant(params);
  const { settings } = await loadSiteChrome(rv.variant);
  return { title: settings.siteName, alternates: alternatesFor(rv, '/') };
}

function FrontVideos({ videos, heading, href }: { videos: Teaser[]; heading: string; href: (path: string) => string }) {
  return (
    <section className="front-videos" aria-labelledby="videos-heading">
      <h2 id="videos-heading">{heading}</h2>
      <ul className="video-rows">
        {videos.map((v) => (
          <li key={v.id}>
            <Link href={href(articleHref(v.id, v.slug))}>
              {v.leadFileKey ? <MediaImage fileKey={v.leadFileKey} alt="" width={320} height={180} focus={v.leadFocus} /> : null}
              <span className="video-title">
                <span aria-hidden="true">▶ </span>
                {v.title}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function FrontPage({ params }: Props) {
  const rv = await readerVariant(params);
  const t = (text: string) => inScript(rv.variant, text);
  const [{ latest, videos, blocks, topics }, { settings }] = await Promise.all([loadFrontPage(rv.variant), loadSiteChrome(rv.variant)]);
  const lead = latest.find((s) => s.leadFileKey) ?? latest[0];
  // The side column holds the headlines and the newest videos; each video row takes about the
  // room of two headlines, so the column stays about as long as the lead beside it.
  const headlines = latest.filter((s) => s !== lead).slice(0, Math.max(5, 10 - videos.length));
  const href = (path: string) => hrefIn(rv, path);
  return (
    <>
      <h1 className="visually-hidden">{settings.siteName}</h1>
      {lead ? (
        <section className="front-top" aria-label={t('頭條')}>
          <article className="lead-story">
            {lead.leadFileKey ? <MediaImage fileKey={lead.leadFileKey} alt={lead.leadAlt ?? ''} width={1200} height={800} eager className="lead-photo" focus={lead.leadFocus} /> : null}
            <h2>
              <Link href={href(articleHref(lead.id, lead.slug))}>{lead.title}</Link>
            </h2>
            {lead.subtitle ? <p className="subtitle">{lead.subtitle}</p> : null}
            <p className="summary">{lead.summary}</p>
            {lead.publishedAt ? <time dateTime={lead.publishedAt.toISOString()}>{formatPublishTime(lead.publishedAt, settings.timeZone)}</time> : null}
          </article>
          <div className="front-side">
            <section className="headlines" aria-labelledby="headlines-heading">
              <h2 id="headlines-heading">{t('最新新聞')}</h2>
              <StoryList stories={headlines} timeZone={settings.timeZone} rv={rv} />
            </section>
            {videos.length ? <FrontVideos videos={videos} heading={t('最新視頻')} href={href} /> : null}
          </div>
        </section>
      ) : (
        <p className="muted">{t('還沒有已發佈的新聞。')}</p>
      )}
      <div className="channel-blocks">
        {blocks.map(({ channel, stories }) => (
          <section key={channel.slug} className="channel-block" aria-labelledby={`block-${channel.slug}`}>
            <h2 id={`block-${channel.slug}`}>
              <Link href={href(channelHref(channel))}>{channel.name}</Link>
            </h2>
            <StoryList stories={stories} timeZone={settings.timeZone} rv={rv} />
          </section>
        ))}
        {topics.length ? (
          <section className="channel-block" aria-labelledby="block-topics">
            <h2 id="block-topics">
              <Link href={href('/topics')}>{t('熱點專題')}</Link>
            </h2>
            <ul className="topic-teasers">
              {topics.map((tp) => (
                <li key={tp.id}>
                  {tp.coverFileKey || tp.fallbackFileKey ? <MediaImage fileKey={(tp.coverFileKey ?? tp.fallbackFileKey)!} alt="" width={160} height={100} /> : null}
                  <Link href={href(`/topics/${tp.slug}`)}>{tp.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
