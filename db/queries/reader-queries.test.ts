import { expect, it } from 'vitest';
import { documentFromBlocks } from '@/lib/rich-text/document';
import type { CheckedStoryFields } from '@/lib/schemas/story';
import { addDraft, addListChannel, addLocalChannel, addMedia, addPublishedStory, addStaff, addTopicWithStories, describeOnEachEngine, storyFields } from '../testing';
import type { Db } from '../client';
import { channelSlugRedirects, channels } from '../schema';
import { findChannelRedirect } from './channels';
import { decodeSearchCursor, likeEscape, searchPublishedStories } from './search';
import { listPublishedStories, listRelatedStories } from './stories';
import { getVisibleTopicPage, listVisibleTopicCards } from './topics';
import { foldForSearch } from '@/lib/chinese/convert';

async function newsroom(db: Db) {
  const author = await addStaff(db, '林', 'reporter', 'lin@news.example');
  const editor = await addStaff(db, '周', 'editor', 'zhou@news.example');
  const channel = await addLocalChannel(db, editor.id);
  const other = await addListChannel(db, { slug: 'other', name: '其他' }, editor.id);
  const fields = (overrides: Partial<CheckedStoryFields>) => storyFields({ channelId: channel.id, title: '標題', text: '內文' }, overrides);
  let minutes = 100;
  // Each published a minute after the one before.
  const story = (overrides: Partial<CheckedStoryFields>) =>
    addPublishedStory(db, fields(overrides), { authorId: author.id, publisherId: editor.id }, new Date(Date.now() - --minutes * 60_000));
  const draft = (overrides: Partial<CheckedStoryFields>) => addDraft(db, fields(overrides), author.id);
  const topic = (slug: string, title: string, summary: string, storyIds: number[]) => addTopicWithStories(db, { slug, title, summary }, storyIds, editor.id);
  return { channel, other, story, draft, topic };
}

const search = (db: Db, q: string, cursor?: string) => searchPublishedStories(db, { folded: foldForSearch(q), limit: 2, cursor: decodeSearchCursor(cursor) });

describeOnEachEngine('search and reader lists', ({ db }) => {
  it('finds a substring in either script, title matches first, only public stories', async () => {
    const { story, draft } = await newsroom(db());
    await story({ title: '冰雪節開幕', body: documentFromBlocks([{ type: 'p', text: '走進長春國際汽車城的工廠。' }]) });
    await story({ title: '長春國際汽車城新藍圖' });
    await draft({ title: '草稿也提到汽車城' });
    const traditional = await search(db(), '汽車城');
    expect(traditional.items.map((s) => s.title)).toEqual(['長春國際汽車城新藍圖', '冰雪節開幕']);
    expect(traditional.bounded).toBe(false);
    const simplified = await search(db(), '汽车城');
    expect(simplified.items.map((s) => s.id)).toEqual(traditional.items.map((s) => s.id));
  });

  it('pages by keyset and bounds one- and two-character queries', async () => {
    const { story } = await newsroom(db());
    for (let i = 0; i < 5; i++) await story({ title: `第${i}則長春消息` });
    const first = await search(db(), '长春');
    expect(first.bounded).toBe(true);
    expect(first.items.map((s) => s.title)).toEqual(['第4則長春消息', '第3則長春消息']);
    const second = await search(db(), '长春', first.next);
    const third = await search(db(), '长春', second.next);
    expect([...second.items, ...third.items].map((s) => s.title)).toEqual(['第2則長春消息', '第1則長春消息', '第0則長春消息']);
    expect(third.next).toBeUndefined();
  });

  it('treats % _ and \\ as themselves', async () => {
    const { story } = await newsroom(db());
    await story({ title: '漲幅100%的一年' });
    await story({ title: '普通的一年' });
    expect(likeEscape('a%b_c\\')).toBe('a\\%b\\_c\\\\');
    expect((await search(db(), '100%')).items.map((s) => s.title)).toEqual(['漲幅100%的一年']);
    expect((await search(db(), '%')).items.map((s) => s.title)).toEqual(['漲幅100%的一年']);
    expect((await search(db(), '_的')).items).toEqual([]);
  });

  it('relates stories by topic first, then channel, then recency', async () => {
    const { story, other, topic } = await newsroom(db());
    const base = await story({ title: '本文' });
    const sameChannel = await story({ title: '同頻道' });
    const inTopic = await story({ title: '同專題', channelId: other.id });
    const elsewhere = await story({ title: '別處', channelId: other.id });
    await topic('winter', '冬天', '', [base.id, inTopic.id]);
    const related = await listRelatedStories(db(), { storyId: base.id, channelId: base.channelId, limit: 5 });
    expect(related.map((s) => s.id)).toEqual([inTopic.id, sameChannel.id, elsewhere.id]);
    // A story in both the topic and the channel is listed once, in the topic's place.
    const both = await story({ title: '同專題同頻道' });
    await topic('spring', '春天', '', [base.id, both.id]);
    const again = await listRelatedStories(db(), { storyId: base.id, channelId: base.channelId, limit: 3 });
    expect(again.map((s) => s.title)).toEqual(['同專題同頻道', '同專題', '同頻道']);
  });

  it('gives a topic its curated order and a cover from its first public photo, counting public stories only', async () => {
    const { story, draft, topic } = await newsroom(db());
    // Two photos, so media ids and story or topic ids differ.
    for (const n of [7, 8]) await addMedia(db(), { fileKey: `k${n}.jpg`, height: 5 });
    const draftPhoto = await addMedia(db(), { fileKey: 'k9.jpg', height: 5 });
    const photo = await addMedia(db(), { fileKey: 'k1.jpg', height: 5 });
    const a = await story({ title: '甲' });
    const b = await story({ title: '乙', gallery: [{ mediaId: photo.id, caption: '說明', alt: '圖', credit: '' }] });
    // A draft first in the topic, with a photo of its own: neither its photo nor its count shows.
    const hidden = await draft({ title: '丙', gallery: [{ mediaId: draftPhoto.id, caption: '', alt: '圖', credit: '' }] });
    await topic('winter', '冬天', '摘要', [hidden.id, b.id, a.id]);
    const page = await getVisibleTopicPage(db(), 'winter');
    expect(page?.stories.map((s) => s.title)).toEqual(['乙', '甲']);
    const [card] = await listVisibleTopicCards(db());
    expect(card).toMatchObject({ slug: 'winter', coverFileKey: null, fallbackFileKey: 'k1.jpg', storyCount: 2 });
    const teasers = await listPublishedStories(db(), { limit: 5 });
    expect(teasers.items.map((s) => [s.title, s.leadFileKey])).toEqual([
      ['乙', 'k1.jpg'],
      ['甲', null],
    ]);
  });
});

describeOnEachEngine('renamed channels', ({ db }) => {
  it('leads an old slug to the channel it names now, while the channel is visible', async () => {
    const editor = await addStaff(db(), '周', 'editor');
    const channel = await addListChannel(db(), { slug: 'city', name: '城市' }, editor.id);
    await db().insert(channelSlugRedirects).values({ oldSlug: 'old-city', channelId: channel.id });
    expect(await findChannelRedirect(db(), 'old-city')).toBe('city');
    expect(await findChannelRedirect(db(), 'never-was')).toBeUndefined();
    await db().update(channels).set({ visible: false });
    expect(await findChannelRedirect(db(), 'old-city')).toBeUndefined();
  });
});
