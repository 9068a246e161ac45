import 'server-only';
import { cache } from 'react';
import { type Db, getDb } from '@/db/client';
import type { ChannelWithChildren } from '@/db/queries/channels';
import { findChannelRedirect, getVisibleChannelBySlug, listChannelBar, listChildChannels } from '@/db/queries/channels';
import { getSiteSettings } from '@/db/queries/settings';
import { listFeedItems } from '@/db/queries/feeds';
import { type StoryTeaser, decodeCursor, getPublishedStory, listPublishedForSitemap, listPublishedSince, listPublishedStories, listRelatedStories } from '@/db/queries/stories';
import { getVisibleTopicPage, listVisibleTopicCards } from '@/db/queries/topics';
import { cachedLoader } from './cache';
import { chromeTag, storiesTag, storyTag, topicTag, topicsTag } from './cache-tags';
import { type Variant, isVariant } from './variant';
import { htmlInScript, inScript } from './in-script';
import { summaryOf } from './summary';
import type { Teaser } from './article-data';

/** Characters of a card's summary; the queries read a little more to know when it is cut. */
const SUMMARY_LENGTH = 120;

// Reader pages load through these functions only: each is served from Next's data cache, keyed
// by its arguments (the variant among them, so one script is never served for the other) and
// tagged with what it read; lib/reader/revalidate.ts invalidates those tags.

export type { Teaser };

function teaserIn(variant: Variant, s: StoryTeaser): Teaser {
  return {
    id: s.id,
    slug: s.slug,
    title: inScript(variant, s.title),
    subtitle: inScript(variant, s.subtitle),
    publishedAt: s.publishedAt,
    videoUrl: s.videoUrl,
    summary: inScript(variant, summaryOf(s.summary, SUMMARY_LENGTH)),
    leadFileKey: s.leadFileKey,
    leadAlt: inScript(variant, s.leadAlt),
    leadFocus: s.leadFocus,
  };
}

function channelIn<C extends { name: string }>(variant: Variant, c: C): C {
  return { ...c, name: inScript(variant, c.name) };
}

export const loadSiteChrome = cachedLoader(
  'chrome',
  async (variant: Variant) => {
    const db = await getDb();
    const [channels, settings] = await Promise.all([listChannelBar(db), getSiteSettings(db)]);
    return {
      channels: channels.map((c): ChannelWithChildren => ({ ...channelIn(variant, c), children: c.children.map((child) => channelIn(variant, child)) })),
      settings: {
        siteName: inScript(variant, settings.siteName),
        timeZone: settings.timeZone,
        copyright: settings.copyright.map((clause) => inScript(variant, clause)),
        reprintDisclaimer: inScript(variant, settings.reprintDisclaimer),
        footerLinks: settings.footerLinks.map((l) => ({ label: inScript(variant, l.label), href: l.href })),
        defaultVariant: isVariant(settings.defaultVariant) ? settings.defaultVariant : ('hant' as const),
        logoUrl: settings.logoUrl,
      },
    };
  },
  () => [chromeTag],
);

export const loadArticle = cachedLoader(
  'article',
  async (id: number, variant: Variant) => {
    const db = await getDb();
    const story = await getPublishedStory(db, id);
    if (!story || !story.publishedAt) return undefined;
    const t = (text: string | null) => inScript(variant, text);
    return {
      id: story.id,
      slug: story.slug,
      title: inScript(variant, story.title),
      subtitle: t(story.subtitle),
      channel: story.channel ? { slug: story.channel.slug, name: inScript(variant, story.channel.name) } : null,
      publishedAt: story.publishedAt,
      updatedAt: story.updatedAt,
      sourceName: inScript(variant, story.sourceName),
      isOriginal: story.isOriginal,
      editorName: t(story.editorName),
      gallery: story.gallery.map((g) => ({ ...g, caption: inScript(variant, g.caption), alt: inScript(variant, g.alt), credit: inScript(variant, g.credit) })),
      editorsNote: t(story.editorsNote),
      bodyHtml: htmlInScript(variant, story.bodyHtml),
      // The desk's 摘要 as written (it is never longer than a card shows), else the opening.
      summary: inScript(variant, story.summary || summaryOf(story.editorsNote || story.bodyText, 140)),
      writerCredit: t(story.writerCredit),
      photosCredit: t(story.photosCredit),
      photographerCredit: t(story.photographerCredit),
      correction: t(story.correction),
      channelId: story.channelId,
      videoUrl: story.videoUrl,
    };
  },
  // Only this story and the channel bar (its channel's name): publishing another story leaves it.
  (id) => [storyTag(id), chromeTag],
);

/** 相關新聞: stories sharing a topic, then the same channel's newest. */
export const loadRelated = cachedLoader(
  'related',
  async (id: number, channelId: number | null, variant: Variant) => {
    const related = await listRelatedStories(await getDb(), { storyId: id, channelId, limit: 6 });
    return related.map((r) => teaserIn(variant, r));
  },
  () => [storiesTag, topicsTag],
);

export type ArticleData = NonNullable<Awaited<ReturnType<typeof loadArticle>>>;

const blockKinds = new Set(['list', 'video', 'original']);

/** The newest stories with a video or in the video channel (視頻), for the front page. */
async function latestVideos(db: Db, channels: ChannelWithChildren[]) {
  const videoChannels = channels.filter((c) => c.kind === 'video').flatMap((c) => [c.id, ...c.children.map((child) => child.id)]);
  const [withVideo, inChannel] = await Promise.all([
    listPublishedStories(db, { limit: 4, videoOnly: true }),
    videoChannels.length ? listPublishedStories(db, { limit: 4, channelIds: videoChannels }) : { items: [] },
  ]);
  const byId = new Map([...withVideo.items, ...inChannel.items].map((s) => [s.id, s]));
  return [...byId.values()].sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.id - a.id).slice(0, 4);
}

export const loadFrontPage = cachedLoader(
  'front',
  async (variant: Variant) => {
    const db = await getDb();
    const channels = await listChannelBar(db);
    const [latest, videos, topics, blocks] = await Promise.all([
      listPublishedStories(db, { limit: 12 }),
      latestVideos(db, channels),
      listVisibleTopicCards(db),
      Promise.all(
        channels
          .filter((c) => blockKinds.has(c.kind))
          .map(async (c) => ({
            channel: { slug: c.slug, name: inScript(variant, c.name), kind: c.kind },
            stories: (
              await listPublishedStories(db, {
                limit: 6,
                channelIds: c.kind === 'original' ? undefined : [c.id, ...c.children.map((child) => child.id)],
                originalOnly: c.kind === 'original',
              })
            ).items.map((s) => teaserIn(variant, s)),
          })),
      ),
    ]);
    return {
      latest: latest.items.map((s) => teaserIn(variant, s)),
      videos: videos.map((s) => teaserIn(variant, s)),
      blocks: blocks.filter((b) => b.stories.length > 0),
      topics: topics.slice(0, 6).map((tp) => ({ ...tp, title: inScript(variant, tp.title), summary: inScript(variant, tp.summary), coverAlt: inScript(variant, tp.coverAlt) })),
    };
  },
  () => [storiesTag, chromeTag, topicsTag],
);

const PAGE_SIZE = 20;

async function readChannelPage(slug: string, after: string | null, variant: Variant) {
  const db = await getDb();
  const channel = await getVisibleChannelBySlug(db, slug);
  if (!channel || channel.kind === 'topics') return undefined;
  const children = await listChildChannels(db, channel.id);
  const page = await listPublishedStories(db, {
    limit: PAGE_SIZE,
    cursor: decodeCursor(after),
    channelIds: channel.kind === 'original' ? undefined : [channel.id, ...children.map((c) => c.id)],
    originalOnly: channel.kind === 'original',
  });
  return {
    channel: { slug: channel.slug, name: inScript(variant, channel.name), kind: channel.kind },
    children: children.map((c) => ({ slug: c.slug, name: inScript(variant, c.name) })),
    items: page.items.map((s) => teaserIn(variant, s)),
    next: page.next ?? null,
  };
}

/** A channel's first page, from the data cache. */
export const loadChannelPage = cachedLoader('channel', (slug: string, variant: Variant) => readChannelPage(slug, null, variant), () => [storiesTag, chromeTag]);

/**
 * A later channel page straight from the database (once per request): later pages are many and
 * seldom read twice, and keeping each in the data cache only pushes out what readers share.
 */
export const loadLaterChannelPage = cache((slug: string, after: string, variant: Variant) => readChannelPage(slug, after, variant));

/** Where a renamed channel's old slug leads now, if anywhere. */
export const loadRenamedChannel = cachedLoader('renamed-channel', async (oldSlug: string) => findChannelRedirect(await getDb(), oldSlug), () => [chromeTag]);

export const loadTopics = cachedLoader(
  'topics',
  async (variant: Variant) => {
    const cards = await listVisibleTopicCards(await getDb());
    return cards.map((tp) => ({ ...tp, title: inScript(variant, tp.title), summary: inScript(variant, tp.summary), coverAlt: inScript(variant, tp.coverAlt) }));
  },
  () => [topicsTag, storiesTag],
);

export const loadTopic = cachedLoader(
  'topic',
  async (slug: string, variant: Variant) => {
    const topic = await getVisibleTopicPage(await getDb(), slug);
    if (!topic) return undefined;
    return {
      ...topic,
      title: inScript(variant, topic.title),
      summary: inScript(variant, topic.summary),
      coverAlt: inScript(variant, topic.coverAlt),
      stories: topic.stories.map((s) => ({ ...s, title: inScript(variant, s.title), subtitle: inScript(variant, s.subtitle), summary: inScript(variant, summaryOf(s.summary, SUMMARY_LENGTH)), leadAlt: inScript(variant, s.leadAlt) })),
    };
  },
  (slug) => [topicTag(slug), topicsTag, storiesTag],
);

const FEED_SIZE = 30;

/** A feed's stories: the whole site (`slug` null) or one channel with its sub-channels. */
export const loadFeed = cachedLoader(
  'feed',
  async (slug: string | null) => {
    const db = await getDb();
    const settings = await getSiteSettings(db);
    if (slug === null) return { siteName: settings.siteName, channel: null, items: await listFeedItems(db, { limit: FEED_SIZE }) };
    const channel = await getVisibleChannelBySlug(db, slug);
    if (!channel || channel.kind === 'topics') return undefined;
    const children = await listChildChannels(db, channel.id);
    const items = await listFeedItems(db, {
      limit: FEED_SIZE,
      channelIds: channel.kind === 'original' ? undefined : [channel.id, ...children.map((c) => c.id)],
      originalOnly: channel.kind === 'original',
    });
    return { siteName: settings.siteName, channel: { slug: channel.slug, name: channel.name }, items };
  },
  () => [storiesTag, chromeTag],
);

/** Everything a crawler should know about: public stories, channels and topics. */
export const loadSitemap = cachedLoader(
  'sitemap',
  async () => {
    const db = await getDb();
    const [storyRows, channels, topics] = await Promise.all([listPublishedForSitemap(db, { limit: 45_000 }), listChannelBar(db), listVisibleTopicCards(db)]);
    return {
      stories: storyRows,
      channels: channels.flatMap((c) => [c, ...c.children]).filter((c) => c.kind !== 'topics').map((c) => c.slug),
      topics: topics.map((tp) => tp.slug),
    };
  },
  () => [storiesTag, chromeTag, topicsTag],
);

/** Stories of the last two days, for the Google News sitemap. */
export const loadNewsSitemap = cachedLoader(
  'news-sitemap',
  async () => {
    const db = await getDb();
    const [items, settings] = await Promise.all([listPublishedSince(db, { since: new Date(Date.now() - 48 * 3_600_000), limit: 1000 }), getSiteSettings(db)]);
    return { siteName: settings.siteName, items };
  },
  () => [storiesTag, chromeTag],
);
