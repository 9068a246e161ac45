import { documentFromBlocks } from '@/lib/rich-text/document';
import { hashPassword } from '@/lib/passwords';
import { ingestMedia } from '@/lib/media/ingest';
import type { MediaStorage } from '@/lib/media/storage';
import type { Db } from './client';
import { addChannel } from './queries/channels';
import { saveSiteSettings } from './queries/settings';
import { createStaff } from './queries/staff';
import { createDraft } from './queries/story-editing';
import { moveStory } from './queries/story-workflow';
import { addStoryToTopic, addTopic, setTopicVisible } from './queries/topics';
import { renderDemoPhoto } from './demo-images';
import { demoChannels, demoCopyright, demoReprintDisclaimer, demoSiteName, demoStories, demoTopic } from './seed-content';

export interface DemoAccount {
  role: 'editor' | 'reporter';
  name: string;
  email: string;
  password: string;
}

/**
 * Fills an empty newsroom with demo content: channels, an editor and a reporter, stories with
 * photo galleries, a topic and the site settings. The caller checks the database is empty.
 */
export async function seedDemoNewsroom(
  db: Db,
  options: { storage: MediaStorage; accounts: DemoAccount[]; mustChangePassword: boolean; actorId: number; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date();
  await saveSiteSettings(db, { siteName: demoSiteName, copyright: demoCopyright, reprintDisclaimer: demoReprintDisclaimer });

  // Added in bar order, so each lands where the demo lists it (addChannel appends).
  const channelIds = new Map<string, number>();
  for (const c of demoChannels) {
    const parent = await addChannel(db, { slug: c.slug, name: c.name, kind: c.kind, parentId: null }, options.actorId);
    channelIds.set(c.slug, parent.id);
    for (const child of c.children ?? []) {
      const created = await addChannel(db, { slug: child.slug, name: child.name, kind: 'list', parentId: parent.id }, options.actorId);
      channelIds.set(child.slug, created.id);
    }
  }

  const people = new Map<string, number>();
  for (const account of options.accounts) {
    const created = await createStaff(db, {
      name: account.name,
      email: account.email,
      role: account.role,
      passwordHash: await hashPassword(account.password),
      mustChangePassword: options.mustChangePassword,
      actorId: options.actorId,
    });
    people.set(account.role, created.id);
  }
  const editorId = people.get('editor') ?? options.actorId;
  const reporterId = people.get('reporter') ?? options.actorId;

  const storyIds = new Map<string, number>();
  let photoNumber = 0;
  for (const demo of demoStories) {
    const gallery = [];
    for (const photo of demo.gallery) {
      const bytes = await renderDemoPhoto(photo.scene, photo.variant ?? photoNumber);
      photoNumber++;
      // Through the upload pipeline, so demo photos have renditions and placeholders too.
      const { item } = await ingestMedia(db, options.storage, {
        bytes,
        originalName: `${demo.key}-${gallery.length + 1}.jpg`,
        alt: photo.alt,
        caption: photo.caption,
        credit: photo.credit,
        uploadedBy: reporterId,
        accept: 'image',
      });
      gallery.push({ mediaId: item.id, caption: photo.caption, alt: photo.alt, credit: photo.credit });
    }
    const channelId = channelIds.get(demo.channel);
    if (channelId === undefined) throw new Error(`demo story ${demo.key} names unknown channel ${demo.channel}`);
    const draft = await createDraft(db, {
      authorId: reporterId,
      fields: {
        title: demo.title,
        subtitle: demo.subtitle ?? null,
        channelId,
        sourceName: demo.sourceName,
        isOriginal: demo.isOriginal,
        editorId,
        writerCredit: demo.credits.writer ?? null,
        photosCredit: demo.credits.photos ?? null,
        photographerCredit: demo.credits.photographer ?? null,
        editorsNote: demo.editorsNote ?? null,
        body: documentFromBlocks(demo.body),
        videoUrl: demo.videoUrl ?? null,
        correction: null,
        topicIds: [],
        gallery,
      },
    });
    // Published by the editor at the story's own (past) time, so the front page has a history.
    const story = await moveStory(db, {
      storyId: draft.id,
      baseVersion: draft.version,
      move: 'publish',
      actorId: editorId,
      now: new Date(now.getTime() - demo.hoursAgo * 3_600_000),
    });
    storyIds.set(demo.key, story.id);
  }

  // Filled while hidden, then shown, as the desk does it.
  const topic = await addTopic(db, { slug: demoTopic.slug, title: demoTopic.title, summary: demoTopic.summary, coverMediaId: null }, editorId);
  for (const key of demoTopic.storyKeys) {
    const storyId = storyIds.get(key);
    if (storyId === undefined) throw new Error(`demo topic names unknown story ${key}`);
    await addStoryToTopic(db, { topicId: topic.id, storyId }, editorId);
  }
  await setTopicVisible(db, { topicId: topic.id, visible: true }, editorId);
}
