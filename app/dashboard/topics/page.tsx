import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/dashboard/action-button';
import { getDb } from '@/db/client';
import { getSiteSettings } from '@/db/queries/settings';
import { listTopicsForAdmin } from '@/db/queries/topics';
import { requirePermission } from '@/lib/session';
import { formatPublishTime, zoneLabel } from '@/lib/time';
import { setTopicVisibleAction } from '@/lib/actions/topics';
import { loadCoverChoices } from './cover-choices';
import { TopicForm } from './topic-form';

export const metadata: Metadata = { title: '專題 | 責編' };

export default async function TopicsPage() {
  const person = await requirePermission('topics.manage');
  const db = await getDb();
  const [topics, covers, settings] = await Promise.all([listTopicsForAdmin(db, person), loadCoverChoices(db), getSiteSettings(db)]);
  return (
    <>
      <h1>專題</h1>
      <p className="muted">新專題先隱藏，加入稿件並排好順序後再發佈。讀者只看得到已發佈專題中的已發佈稿件。</p>
      {topics.length ? (
        <table className="ws-table admin-table">
          <thead>
            <tr>
              <th scope="col">標題</th>
              <th scope="col">網址代稱</th>
              <th scope="col">狀態</th>
              <th scope="col">稿件數</th>
              <th scope="col">更新時間（{zoneLabel(settings.timeZone)}）</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((t) => (
              <tr key={t.id}>
                <th scope="row">
                  <Link href={`/dashboard/topics/${t.id}`}>{t.title}</Link>
                </th>
                <td>
                  <code>{t.slug}</code>
                </td>
                <td>{t.visible ? '已發佈' : '已隱藏'}</td>
                <td>{t.storyCount}</td>
                <td>{formatPublishTime(t.updatedAt, settings.timeZone)}</td>
                <td>
                  <ActionButton
                    action={setTopicVisibleAction}
                    fields={{ topicId: t.id, visible: t.visible ? 'false' : 'true' }}
                    label={t.visible ? '隱藏' : '發佈'}
                    accessibleName={`${t.visible ? '隱藏' : '發佈'} ${t.title}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">還沒有專題。</p>
      )}
      <TopicForm covers={covers} />
    </>
  );
}
