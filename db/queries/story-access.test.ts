import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { documentFromBlocks, sanitizeDocument } from '@/lib/rich-text/document';
import { inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { stories } from '../schema';
import { addDraft, addListChannel, addMedia, addStaff, describeOnEachEngine, storyFields } from '../testing';
import { listAudit } from './audit';
import { listChannelsForAdmin } from './channels';
import { deleteMedia, listMediaUses } from './media';
import { getRevision, listRevisions } from './story-desk';
import { addStoryToTopic, addTopic, getTopicForAdmin, listTopicsForAdmin, searchStoriesForTopic } from './topics';
import { countStoriesByState, countStoriesInReview, listStoriesForStaff } from './workspace-stories';

// Two reporters, 林 and 吳, each with a draft; 林's carries a marker in its title. Every place in
// the workspace that lists, counts or names stories is asked as 吳 (who must not see 林's draft)
// and as the editor (who must), so each check fails if the place forgets whose stories it shows.
const MARKER = '獨家爆料';

async function newsroom(db: Db) {
  const person = (name: string, role: 'editor' | 'reporter') => addStaff(db, name, role, `${randomBytes(4).toString('hex')}@news.example`);
  const lin = await person('林記者', 'reporter');
  const wu = await person('吳記者', 'reporter');
  const editor = await person('王編輯', 'editor');
  const admin = await addStaff(db, '管', 'admin', 'admin@news.example');
  const photo = await addMedia(db, { uploadedBy: wu.id });
  const figure = await addMedia(db, { uploadedBy: wu.id });
  const draft = (authorId: number, title: string, gallery: number[] = [], bodyFigure?: string) =>
    addDraft(
      db,
      storyFields(
        { channelId: null, title, text: `${title}的內文` },
        {
          body: sanitizeDocument({
            type: 'doc',
            content: [
              ...documentFromBlocks([{ type: 'p', text: `${title}的內文` }]).content!,
              ...(bodyFigure ? [{ type: 'photoFigure', attrs: { fileKey: bodyFigure, caption: '', alt: '照片', credit: '' } }] : []),
            ],
          }).doc,
          gallery: gallery.map((mediaId) => ({ mediaId, caption: '', alt: '照片', credit: '' })),
        },
      ),
      authorId,
    );
  const scoop = await draft(lin.id, `${MARKER}：市長辭職`, [photo.id], figure.fileKey);
  const own = await draft(wu.id, '吳的天氣稿', [photo.id]);
  return { lin, wu, editor, admin, photo, figure, scoop, own };
}

describeOnEachEngine('stories readable by the person asking', ({ db }) => {
  it('media uses (使用位置) name only the stories the person may read, and count the rest', async () => {
    const { wu, editor, photo, figure, scoop, own } = await newsroom(db());
    const asWu = await listMediaUses(db(), { mediaId: photo.id, actor: wu });
    expect(asWu.stories.map((s) => s.id)).toEqual([own.id]);
    expect(asWu.hiddenStories).toBe(1);
    expect(JSON.stringify(asWu)).not.toContain(MARKER);
    const figureAsWu = await listMediaUses(db(), { mediaId: figure.id, actor: wu });
    expect(figureAsWu).toEqual({ stories: [], hiddenStories: 1, topics: [], videos: [] });

    const asEditor = await listMediaUses(db(), { mediaId: photo.id, actor: editor });
    expect(asEditor.stories.map((s) => s.id).sort()).toEqual([scoop.id, own.id].sort());
    expect(asEditor.hiddenStories).toBe(0);
  });

  it('refusing to delete a photo in use does not name a story the person may not read', async () => {
    const { wu, figure } = await newsroom(db());
    const refused = await deleteMedia(db(), { id: figure.id, actor: wu }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ reason: 'in_use', detail: { stories: [], hiddenStories: 1 } });
    expect(JSON.stringify(refused)).not.toContain(MARKER);
  });

  it('the dashboard counts hold only readable stories, for everyone, an author and a 責編', async () => {
    const { lin, wu, editor } = await newsroom(db());
    expect((await countStoriesByState(db(), { actor: wu })).draft).toBe(1);
    expect((await countStoriesByState(db(), { actor: wu, authorId: lin.id })).draft).toBe(0);
    expect((await countStoriesByState(db(), { actor: editor })).draft).toBe(2);
    expect((await countStoriesByState(db(), { actor: editor, authorId: lin.id })).draft).toBe(1);
    // The 待審 badge beside 稿件.
    await db().update(stories).set({ state: 'in_review' });
    expect(await countStoriesInReview(db(), wu)).toBe(1);
    expect(await countStoriesInReview(db(), editor)).toBe(2);
  });

  it('the story list and its keyword search (the workspace search) hold only readable stories', async () => {
    const { lin, wu, editor, scoop, own } = await newsroom(db());
    const ids = async (filter: Omit<Parameters<typeof listStoriesForStaff>[1], 'limit'>) => (await listStoriesForStaff(db(), { ...filter, limit: 30 })).items.map((s) => s.id);
    expect(await ids({ actor: wu })).toEqual([own.id]);
    expect(await ids({ actor: wu, text: MARKER })).toEqual([]);
    expect(await ids({ actor: wu, authorId: lin.id })).toEqual([]);
    expect(await ids({ actor: wu, state: 'draft' })).toEqual([own.id]);
    expect(await ids({ actor: editor, text: MARKER })).toEqual([scoop.id]);
  });

  it('topic curation finds, lists and counts only readable stories', async () => {
    const { wu, admin, scoop, own } = await newsroom(db());
    const topic = await addTopic(db(), { title: '市政', slug: 'city', summary: '', coverMediaId: null }, admin.id);
    for (const s of [scoop, own]) await addStoryToTopic(db(), { topicId: topic.id, storyId: s.id }, admin.id);
    const fresh = await addTopic(db(), { title: '其他', slug: 'other', summary: '', coverMediaId: null }, admin.id);

    expect(await searchStoriesForTopic(db(), { topicId: fresh.id, query: MARKER, actor: wu })).toEqual([]);
    expect(await searchStoriesForTopic(db(), { topicId: fresh.id, query: String(scoop.id), actor: wu })).toEqual([]);
    expect((await searchStoriesForTopic(db(), { topicId: fresh.id, query: MARKER, actor: admin })).map((s) => s.id)).toEqual([scoop.id]);

    expect((await getTopicForAdmin(db(), { topicId: topic.id, actor: wu }))!.stories.map((s) => s.id)).toEqual([own.id]);
    expect((await getTopicForAdmin(db(), { topicId: topic.id, actor: admin }))!.stories).toHaveLength(2);
    const counts = async (actor: typeof wu) => Object.fromEntries((await listTopicsForAdmin(db(), actor)).map((t) => [t.slug, t.storyCount]));
    expect(await counts(wu)).toEqual({ city: 1, other: 0 });
    expect(await counts(admin)).toEqual({ city: 2, other: 0 });
  });

  it('channel administration counts only readable stories', async () => {
    const { wu, admin, scoop, own } = await newsroom(db());
    const channel = await addListChannel(db(), { slug: 'city', name: '市政' }, admin.id);
    await db().update(stories).set({ channelId: channel.id }).where(inArray(stories.id, [scoop.id, own.id]));
    const count = async (actor: typeof wu) => (await listChannelsForAdmin(db(), actor)).find((c) => c.id === channel.id)?.storyCount;
    expect(await count(wu)).toBe(1);
    expect(await count(admin)).toBe(2);
  });

  it('audit entries that name or quote a story are left out for a person who may not read it', async () => {
    const { wu, admin, scoop, own } = await newsroom(db());
    const topic = await addTopic(db(), { title: '市政', slug: 'city', summary: '', coverMediaId: null }, admin.id);
    await addStoryToTopic(db(), { topicId: topic.id, storyId: scoop.id }, admin.id);

    const asWu = (await listAudit(db(), { reader: wu, limit: 100 })).items;
    expect(JSON.stringify(asWu)).not.toContain(MARKER);
    expect(asWu.filter((e) => e.subjectType === 'story').map((e) => e.subjectId)).toEqual([String(own.id)]);
    expect(asWu.some((e) => e.action === 'topic.create')).toBe(true);

    const asAdmin = (await listAudit(db(), { reader: admin, limit: 100 })).items;
    expect(asAdmin.filter((e) => JSON.stringify(e).includes(MARKER)).map((e) => e.action).sort()).toEqual(['story.create', 'topic.story.add']);
    expect((await listAudit(db(), { reader: wu, storyId: scoop.id })).items).toEqual([]);
  });

  it('history (版本紀錄) of a story the person may not read is empty', async () => {
    const { wu, editor, scoop, own } = await newsroom(db());
    expect(await listRevisions(db(), { storyId: scoop.id, actor: wu })).toEqual([]);
    const [first] = await listRevisions(db(), { storyId: scoop.id, actor: editor });
    expect(first).toBeDefined();
    expect(await getRevision(db(), { storyId: scoop.id, revisionId: first!.id, actor: wu })).toBeUndefined();
    expect((await getRevision(db(), { storyId: scoop.id, revisionId: first!.id, actor: editor }))?.snapshot.title).toContain(MARKER);
    expect(await listRevisions(db(), { storyId: own.id, actor: wu })).toHaveLength(1);
  });
});
