import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/reader/article-view';
import { getDb } from '@/db/client';
import { getSiteSettings } from '@/db/queries/settings';
import { resolveShareToken } from '@/db/queries/story-desk';
import { getStoryForEditing } from '@/db/queries/story-editing';
import { withPendingChanges } from '@/db/queries/story-live';
import { previewData } from '@/lib/preview';

// Per request, never cached: a draft is shown only while its link or the staff session is valid.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: '稿件預覽', robots: { index: false, follow: false }, referrer: 'no-referrer' };

/** A shared draft: readable without signing in while the link is live (24 hours, revocable). */
export default async function SharedPreviewPage({ params }: { params: Promise<{ token: string }> }) {
  const db = await getDb();
  const storyId = await resolveShareToken(db, (await params).token);
  const story = storyId ? await getStoryForEditing(db, storyId) : undefined;
  if (!story) notFound();
  const [settings, shown] = await Promise.all([getSiteSettings(db), withPendingChanges(db, story)]);
  return (
    <>
      <p className="preview-banner" role="note">
        稿件預覽 · 尚未定稿，請勿轉載
      </p>
      <ArticleView story={previewData(shown)} settings={settings} />
    </>
  );
}
