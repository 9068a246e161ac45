import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StoryEditor } from '@/components/editor/story-editor';
import { DeskPanel } from '@/components/dashboard/desk-panel';
import { getDb } from '@/db/client';
import { getSiteSettings } from '@/db/queries/settings';
import { listComments, listShareLinks } from '@/db/queries/story-desk';
import { getStoryForEditing } from '@/db/queries/story-editing';
import { emptyStoryFields, toEditorStory } from '@/lib/editor-story';
import { loadEditorOptions } from '@/lib/editor-options';
import { can } from '@/lib/permissions';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: '編輯稿件 | 責編' };

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const person = await requireStaff();
  const id = Number((await params).id);
  const db = await getDb();
  const story = Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? await getStoryForEditing(db, id) : undefined;
  // A story this person may not read is indistinguishable from a missing one.
  if (!story || !can(person, 'story.read', story)) notFound();
  const [options, settings, comments, links] = await Promise.all([loadEditorOptions(db), getSiteSettings(db), listComments(db, id), listShareLinks(db, id)]);
  return (
    <div className="editor-layout">
      <div className="editor-main">
        <p className="breadcrumb">
          <Link href="/dashboard/articles">稿件</Link> › 第 {story.id} 號
          {story.state === 'published' ? (
            <>
              {' '}
              · <Link href={`/articles/${story.id}`}>讀者頁面</Link>
            </>
          ) : null}
        </p>
        <h1>編輯稿件</h1>
        <StoryEditor key={story.id} initial={toEditorStory(story)} initialFields={emptyStoryFields(settings.siteName)} options={options} actor={person} timeZone={settings.timeZone} />
      </div>
      <DeskPanel storyId={story.id} comments={comments} links={links} timeZone={settings.timeZone} />
    </div>
  );
}
