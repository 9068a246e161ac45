import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getVisibleChannelBySlug, listChannelBar, listChildChannels } from '@/db/queries/channels';
import { getSiteSettings } from '@/db/queries/settings';
import { type StoryCursor, getPublishedStory, listPublishedStories } from '@/db/queries/stories';
import { getVisibleTopic, listVisibleTopics } from '@/db/queries/topics';

// Reader pages load through these functions only, so caching and revalidation have one home.

export const loadSiteChrome = cache(async () => {
  const db = await getDb();
  const [channels, settings] = await Promise.all([listChannelBar(db), getSiteSettings(db)]);
  return { channels, settings };
});

export const loadArticle = cache(async (id: number) => getPublishedStory(await getDb(), id));

export async function loadFrontPage() {
  const db = await getDb();
  const { channels } = await loadSiteChrome();
  const latest = await listPublishedStories(db, { limit: 12 });
  const blocks = await Promise.all(
    channels
      .filter((c) => c.kind === 'list' || c.kind === 'video' || c.kind === 'original')
      .map(async (c) => ({
        channel: c,
        stories: (
          await listPublishedStories(db, {
            limit: 6,
            channelIds: c.kind === 'original' ? undefined : [c.id, ...c.children.map((child) => child.id)],
            originalOnly: c.kind === 'original',
          })
        ).items,
      })),
  );
  const topics = await listVisibleTopics(db);
  return { latest: latest.items, blocks: blocks.filter((b) => b.stories.length > 0), topics };
}

export const PAGE_SIZE = 20;

export async function loadChannelPage(slug: string, cursor: StoryCursor | undefined) {
  const db = await getDb();
  const channel = await getVisibleChannelBySlug(db, slug);
  if (!channel || channel.kind === 'topics') return undefined;
  const children = await listChildChannels(db, channel.id);
  const page = await listPublishedStories(db, {
    limit: PAGE_SIZE,
    cursor,
    channelIds: channel.kind === 'original' ? undefined : [channel.id, ...children.map((c) => c.id)],
    originalOnly: channel.kind === 'original',
  });
  return { channel, children, ...page };
}

export async function loadTopics() {
  return listVisibleTopics(await getDb());
}

export async function loadTopic(slug: string) {
  return getVisibleTopic(await getDb(), slug);
}
