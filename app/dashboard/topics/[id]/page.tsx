import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/dashboard/action-button';
import { mediaUrl } from '@/lib/media/variants';
import { getDb } from '@/db/client';
import { getTopicForAdmin, listCoverChoices, searchStoriesForTopic } from '@/db/queries/topics';
import { requirePermission } from '@/lib/session';
import { stateLabels } from '@/lib/story-states';
import { addTopicStoryAction, moveTopicStoryAction, removeTopicStoryAction, setTopicVisibleAction } from '@/lib/actions/topics';
import { loadCoverChoices } from '../cover-choices';
import { TopicForm } from '../topic-form';
import { rowIdFrom } from '@/lib/schemas/ids';

export const metadata: Metadata = { title: '編輯專題 | 責編' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[] }> };

export default async function EditTopicPage({ params, searchParams }: Props) {
  const person = await requirePermission('topics.manage');
  const [{ id: rawId }, { q }] = await Promise.all([params, searchParams]);
  const id = rowIdFrom(rawId);
  const query = typeof q === 'string' ? q.slice(0, 100) : '';
  const db = await getDb();
  const topic = id !== null ? await getTopicForAdmin(db, { topicId: id, actor: person }) : undefined;
  if (!topic) notFound();
  const [covers, photos, found] = await Promise.all([loadCoverChoices(db), listCoverChoices(db), searchStoriesForTopic(db, { topicId: topic.id, query, actor: person })]);
  const cover = photos.find((p) => p.id === topic.coverMediaId);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/dashboard/topics">專題</Link> › {topic.title}
      </p>
      <h1>{topic.title}</h1>
      <div className="topic-status">
        <p>
          {topic.visible ? (
            <>
              已發佈：<Link href={`/topics/${topic.slug}`}>/topics/{topic.slug}</Link>
            </>
          ) : (
            '已隱藏：讀者看不到這個專題'
          )}
        </p>
        <ActionButton
          action={setTopicVisibleAction}
          fields={{ topicId: topic.id, visible: topic.visible ? 'false' : 'true' }}
          label={topic.visible ? '隱藏專題' : '發佈專題'}
          className={topic.visible ? 'button' : 'button primary'}
        />
      </div>
      <div className="admin-columns">
        <div>
          <TopicForm topic={topic} covers={covers} />
          {cover ? (
            // eslint-disable-next-line @next/next/no-img-element -- a small preview from our own media route
            <img className="cover-preview" src={mediaUrl(cover.fileKey)} alt={cover.alt || '封面圖片'} />
          ) : null}
        </div>
        <div className="stack">
          <section aria-labelledby="topic-stories-heading" className="ws-form stack">
            <h2 id="topic-stories-heading">專題稿件</h2>
            {topic.stories.length ? (
              <ol className="topic-stories">
                {topic.stories.map((s, i) => (
                  <li key={s.id}>
                    <span className="topic-story-number" aria-hidden="true">
                      {i + 1}.
                    </span>
                    <span className="topic-story-title">
                      {s.title}
                      <span className="muted">（{s.deletedAt ? '已刪除' : stateLabels[s.state]}）</span>
                    </span>
                    <span className="row-actions">
                      <ActionButton action={moveTopicStoryAction} fields={{ topicId: topic.id, storyId: s.id, direction: 'up' }} label="↑" accessibleName={`上移 ${s.title}`} className="button icon" />
                      <ActionButton action={moveTopicStoryAction} fields={{ topicId: topic.id, storyId: s.id, direction: 'down' }} label="↓" accessibleName={`下移 ${s.title}`} className="button icon" />
                      <ActionButton action={removeTopicStoryAction} fields={{ topicId: topic.id, storyId: s.id }} label="移除" accessibleName={`移除 ${s.title}`} />
                    </span>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">還沒有稿件。用下面的搜尋加入。</p>
            )}
          </section>
          <section aria-labelledby="topic-add-heading" className="ws-form stack">
            <h2 id="topic-add-heading">加入稿件</h2>
            <form method="get" role="search" aria-label="搜尋稿件" className="inline-search">
              <label htmlFor="topic-story-search">搜尋稿件</label>
              <input id="topic-story-search" name="q" type="search" defaultValue={query} maxLength={100} placeholder="標題、內文或稿件編號" />
              <button type="submit" className="button">
                搜尋
              </button>
            </form>
            {query ? (
              found.length ? (
                <ul className="topic-search-results" aria-label="搜尋結果">
                  {found.map((s) => (
                    <li key={s.id}>
                      <span>
                        #{s.id} {s.title}
                        <span className="muted">（{stateLabels[s.state]}）</span>
                      </span>
                      <ActionButton action={addTopicStoryAction} fields={{ topicId: topic.id, storyId: s.id }} label="加入" accessibleName={`加入 ${s.title}`} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">找不到符合「{query}」的稿件。</p>
              )
            ) : null}
          </section>
        </div>
      </div>
    </>
  );
}
