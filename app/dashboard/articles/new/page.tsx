import type { Metadata } from 'next';
import { StoryEditor } from '@/components/editor/story-editor';
import { getDb } from '@/db/client';
import { getSiteSettings } from '@/db/queries/settings';
import { emptyStoryFields } from '@/lib/editor-story';
import { loadEditorOptions } from '@/lib/editor-options';
import { requirePermission } from '@/lib/session';

export const metadata: Metadata = { title: '新稿件 | 責編' };

export default async function NewStoryPage() {
  const person = await requirePermission('story.create');
  const db = await getDb();
  const [options, settings] = await Promise.all([loadEditorOptions(db), getSiteSettings(db)]);
  return (
    <>
      <h1>新稿件</h1>
      <StoryEditor initial={null} initialFields={emptyStoryFields(settings.siteName)} options={options} actor={person} timeZone={settings.timeZone} />
    </>
  );
}
