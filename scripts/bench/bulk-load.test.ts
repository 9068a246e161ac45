import { asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { foldForSearch } from '@/lib/chinese/convert';
import { addListChannel, addLocalChannel, describeOnEachEngine } from '@/db/testing';
import { media, stories, storyMedia } from '@/db/schema';
import { bulkLoadStories } from './bulk-load';
import { searchPublishedStories } from '@/db/queries/search';
import { createStaff } from '@/db/queries/staff';
import { getPublishedStory, listPublishedStories } from '@/db/queries/stories';

// The benchmark's loader, small: what it writes must be what readers' queries expect.
describeOnEachEngine('bulk load for the benchmark', ({ db }) => {
  it('loads published stories readers can page through and search, plus drafts to publish', async () => {
    await createStaff(db(), { name: '林', email: 'lin@news.example', role: 'reporter', passwordHash: 'x', mustChangePassword: false, actorId: null });
    const editor = await createStaff(db(), { name: '周', email: 'zhou@news.example', role: 'editor', passwordHash: 'x', mustChangePassword: false, actorId: null });
    const local = await addLocalChannel(db(), editor.id);
    await addListChannel(db(), { slug: 'sport', name: '體育' }, editor.id);
    await db().insert(media).values({ fileKey: 'aaaaaaaaaaaaaaaaaaaaaaaa.jpg', kind: 'image', mimeType: 'image/jpeg', size: 1, width: 1200, height: 800, hash: 'h1', alt: '雪景' });
    const now = new Date('2026-11-30T08:00:00Z');

    const result = await bulkLoadStories(db(), { count: 120, drafts: 2, now, batchSize: 50 });

    const rows = await db().select({ id: stories.id, state: stories.state, publishedAt: stories.publishedAt }).from(stories).orderBy(asc(stories.id));
    expect(rows.filter((r) => r.state === 'published')).toHaveLength(120);
    expect(rows.filter((r) => r.state === 'draft').map((r) => r.id)).toEqual(result.draftIds);
    // Later ids were published later, all before `now`.
    const published = rows.filter((r) => r.state === 'published');
    for (let i = 1; i < published.length; i++) expect(published[i]!.publishedAt!.getTime()).toBeGreaterThan(published[i - 1]!.publishedAt!.getTime());
    expect(published.at(-1)!.publishedAt!.getTime()).toBeLessThan(now.getTime());

    const sample = await getPublishedStory(db(), result.sample.id, now);
    expect(sample?.title).toContain(result.sample.place);
    expect(sample?.bodyHtml).toMatch(/^<p>/);

    // Keyset pages cover the channel without gaps or repeats.
    const seen = new Set<number>();
    let page = await listPublishedStories(db(), { channelIds: [local.id], limit: 25, now });
    for (;;) {
      page.items.forEach((s) => seen.add(s.id));
      if (!page.next) break;
      const [ms, id] = page.next.split('_').map(Number);
      page = await listPublishedStories(db(), { channelIds: [local.id], limit: 25, now, cursor: { publishedAt: new Date(ms!), id: id! } });
    }
    const inLocal = await db().select({ id: stories.id }).from(stories).where(eq(stories.channelId, local.id));
    expect(seen.size).toBe(inLocal.filter((r) => !result.draftIds.includes(r.id)).length);

    // Search finds the sample by a word of its headline, typed in simplified script.
    const hits = await searchPublishedStories(db(), { folded: foldForSearch(sample!.title), limit: 5, now });
    expect(hits.items.map((h) => h.id)).toContain(result.sample.id);

    // Some stories carry photos, every one with alt text (publishing would require it).
    const photos = await db().select({ alt: storyMedia.alt }).from(storyMedia);
    expect(photos.length).toBeGreaterThan(0);
    expect(photos.every((p) => p.alt.length > 0)).toBe(true);
  });

  it('refuses to load into a newsroom without channels or staff', async () => {
    await expect(bulkLoadStories(db(), { count: 10 })).rejects.toThrow('seed the demo newsroom first');
  });
});
