import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ArticleView } from '@/components/reader/article-view';
import { getDb } from '@/db/client';
import { getSiteSettings } from '@/db/queries/settings';
import { withPendingChanges } from '@/db/queries/story-live';
import { previewData } from '@/lib/preview';
import { readableStory } from '@/lib/readable-story';
import { getCurrentStaff } from '@/lib/session';
import { stateLabels } from '@/lib/story-states';

// Per request, never cached: a draft is shown only while its link or the staff session is valid.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: '預覽', robots: { index: false, follow: false } };

/** 預覽: any state, staff only, through the same component readers get. */
export default async function StaffPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const person = await getCurrentStaff();
  if (!person) redirect('/login');
  const db = await getDb();
  const story = await readableStory(db, person, (await params).id);
  if (!story) notFound();
  // A live story is previewed as it would read after 更新已發佈稿件.
  const [settings, shown] = await Promise.all([getSiteSettings(db), withPendingChanges(db, story)]);
  return (
    <>
      <p className="preview-banner" role="note">
        預覽 · 狀態：{stateLabels[story.state]}
        {story.pending ? ' · 含未發佈的修改，讀者仍看到發佈中的版本' : ' · 讀者看不到這個頁面'}
      </p>
      <ArticleView story={previewData(shown)} settings={settings} />
    </>
  );
}
