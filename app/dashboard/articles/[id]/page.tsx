import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StoryEditor } from '@/components/editor/story-editor';
import { DeskPanel } from '@/components/dashboard/desk-panel';
import { getDb } from '@/db/client';
import { getSiteSettings } from '@/db/queries/settings';
import { listComments, listShareLinks } from '@/db/queries/story-desk';
import { emptyStoryFields, toEditorStory } from '@/lib/editor-story';
import { loadEditorOptions } from '@/lib/editor-options';
import { readableStory } from '@/lib/readable-story';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: '編輯稿件 | 責編' };

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const person = await requireStaff();
  const db = await getDb();
  const story = await readableStory(db, person, (await params).id);
  // A story this person may not read is indistinguishable from a missing one.
  if (!story) notFound();
  const id = story.id;
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
