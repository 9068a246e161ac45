import Link from 'next/link';
import { getDb } from '@/db/client';
import { getSiteSettings } from '@/db/queries/settings';
import { countStoriesByState, listStoriesForStaff } from '@/db/queries/workspace-stories';
import { can, roleLabels } from '@/lib/permissions';
import { requireStaff } from '@/lib/session';
import { stateLabels } from '@/lib/story-states';
import { formatPublishTime, zoneLabel } from '@/lib/time';

export default async function DashboardPage() {
  const person = await requireStaff();
  const db = await getDb();
  const seesAll = can(person, 'story.publish');
  const [own, assigned, everyone, recent, settings] = await Promise.all([
    countStoriesByState(db, { actor: person, authorId: person.id }),
    countStoriesByState(db, { actor: person, editorId: person.id }),
    seesAll ? countStoriesByState(db, { actor: person }) : null,
    listStoriesForStaff(db, { actor: person, limit: 10 }).then((page) => page.items),
    getSiteSettings(db),
  ]);
  const mine = (state: string) => `/dashboard/articles?state=${state}&author=${person.id}`;
  const cards = [
    { label: '我的草稿', count: own.draft, href: mine('draft') },
    { label: '我送審中', count: own.in_review, href: mine('in_review') },
    ...(everyone
      ? [
          { label: '待審稿件', count: everyone.in_review, href: '/dashboard/articles?state=in_review' },
          { label: '我擔任責編', count: assigned.in_review + assigned.scheduled + assigned.published, href: `/dashboard/articles?editor=${person.id}` },
          { label: '已排程', count: everyone.scheduled, href: '/dashboard/articles?state=scheduled' },
          { label: '全站已發佈', count: everyone.published, href: '/dashboard/articles?state=published' },
        ]
      : [{ label: '我已發佈', count: own.published, href: mine('published') }]),
  ];
  return (
    <>
      <h1>工作台</h1>
      <p className="muted">
        {person.name}，你好。你的角色是{roleLabels[person.role]}。
      </p>
      <section aria-labelledby="counts-heading" className="ws-cards">
        <h2 id="counts-heading" className="visually-hidden">
          稿件概況
        </h2>
        {cards.map((c) => (
          <Link key={c.label} className="ws-card" href={c.href}>
            <h3>{c.label}</h3>
            <p className="ws-count">{c.count}</p>
          </Link>
        ))}
        <Link className="ws-card ws-card-new" href="/dashboard/articles/new">
          <h3>開始寫稿</h3>
          <p className="ws-count">＋</p>
        </Link>
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{seesAll ? '最近更新的稿件' : '我最近的稿件'}</h2>
        {recent.length === 0 ? (
          <p className="muted">還沒有稿件。</p>
        ) : (
          <table className="ws-table">
            <thead>
              <tr>
                <th scope="col">標題</th>
                <th scope="col">狀態</th>
                <th scope="col">頻道</th>
                <th scope="col">作者</th>
                <th scope="col">更新時間（{zoneLabel(settings.timeZone)}）</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/dashboard/articles/${s.id}`}>{s.title || '（無標題）'}</Link>
                  </td>
                  <td>{stateLabels[s.state]}</td>
                  <td>{s.channelName ?? '—'}</td>
                  <td>{s.authorName}</td>
                  <td>{formatPublishTime(s.editedAt, settings.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
