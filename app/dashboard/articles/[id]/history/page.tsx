import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RestoreButton } from '@/components/dashboard/restore-button';
import { DiffView } from '@/components/ui/diff-view';
import { getDb } from '@/db/client';
import { getSiteSettings } from '@/db/queries/settings';
import { listStaff } from '@/db/queries/staff';
import { getRevision, listRevisions } from '@/db/queries/story-desk';
import { workingSnapshot } from '@/db/queries/story-editing';
import { listChannelChoices } from '@/db/queries/workspace-stories';
import { can } from '@/lib/permissions';
import { readableStory } from '@/lib/readable-story';
import { requireStaff } from '@/lib/session';
import { diffSnapshots } from '@/lib/story-diff';
import { formatPublishTime, zoneLabel } from '@/lib/time';
import { isLive, moveLabels } from '@/lib/workflow';

export const metadata: Metadata = { title: '版本紀錄 | 責編' };

const reasonLabels: Record<string, string> = { create: '建立', save: '儲存', autosave: '自動儲存', submit: moveLabels.submit, publish: moveLabels.publish, schedule: '排程', 'publish.scheduled': '排程發佈', restore: '還原', update: '更新已發佈稿件', reassign: '更換責編' };
/** A revision's reason, and whether it was saved as 未發佈的修改 of a live story. */
const revisionLabel = (r: { reason: string; pending: boolean }) => `${reasonLabels[r.reason] ?? r.reason}${r.pending ? '（未發佈的修改）' : ''}`;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export default async function HistoryPage({ params, searchParams }: Props) {
  const person = await requireStaff();
  const { a, b } = await searchParams;
  const db = await getDb();
  const story = await readableStory(db, person, (await params).id);
  if (!story) notFound();
  const id = story.id;
  const [revisions, settings] = await Promise.all([listRevisions(db, { storyId: id, actor: person }), getSiteSettings(db)]);
  const older = a && /^\d{1,10}$/.test(a) ? await getRevision(db, { storyId: id, revisionId: Number(a), actor: person }) : revisions[1] ? await getRevision(db, { storyId: id, revisionId: revisions[1].id, actor: person }) : undefined;
  const newer = b && /^\d{1,10}$/.test(b) ? await getRevision(db, { storyId: id, revisionId: Number(b), actor: person }) : undefined;
  let comparison: ReturnType<typeof diffSnapshots> | undefined;
  if (older) {
    const [channels, people] = await Promise.all([listChannelChoices(db), listStaff(db)]);
    const channelName = new Map(channels.map((c) => [c.id, c.name]));
    const personName = new Map(people.map((p) => [p.id, p.name]));
    comparison = diffSnapshots(older.snapshot, newer?.snapshot ?? workingSnapshot(story), {
      channel: (cid) => (cid === null ? '（無）' : (channelName.get(cid) ?? `#${cid}`)),
      person: (pid) => (pid === null ? '（無）' : (personName.get(pid) ?? `#${pid}`)),
    });
  }
  const mayRestore = can(person, 'story.edit', story);
  // On a live story the newest version not saved as pending changes is the one readers get.
  const liveRevisionId = isLive(story.state) ? revisions.find((r) => !r.pending)?.id : undefined;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/dashboard/articles">稿件</Link> › <Link href={`/dashboard/articles/${id}`}>{story.title || '（無標題）'}</Link> › 版本紀錄
      </p>
      <h1>版本紀錄</h1>
      <form method="get" className="filters" aria-label="比較版本">
        <label>
          較舊
          <select name="a" defaultValue={older?.id ?? ''}>
            {revisions.map((r) => (
              <option key={r.id} value={r.id}>
                第 {r.version} 版 · {revisionLabel(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          較新
          <select name="b" defaultValue={newer?.id ?? ''}>
            <option value="">{story.pending ? '目前內容（含未發佈的修改）' : '目前內容'}</option>
            {revisions.map((r) => (
              <option key={r.id} value={r.id}>
                第 {r.version} 版 · {revisionLabel(r)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          比較
        </button>
      </form>
      {comparison ? (
        <section aria-labelledby="diff-heading" className="diff">
          <h2 id="diff-heading">差異</h2>
          <DiffView diff={comparison} older="較舊" newer="較新" sameFields="欄位沒有差異。" />
        </section>
      ) : null}
      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">所有版本</h2>
        <table className="ws-table">
          <thead>
            <tr>
              <th scope="col">版本</th>
              <th scope="col">原因</th>
              <th scope="col">人員</th>
              <th scope="col">時間（{zoneLabel(settings.timeZone)}）</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id}>
                <td>第 {r.version} 版</td>
                <td>
                  {revisionLabel(r)}
                  {r.id === liveRevisionId ? <strong>{story.state === 'scheduled' ? '（排程發佈的版本）' : '（讀者看到的版本）'}</strong> : null}
                </td>
                <td>{r.actorName ?? '系統'}</td>
                <td>{formatPublishTime(r.createdAt, settings.timeZone)}</td>
                <td>{mayRestore && r.version !== story.version ? <RestoreButton storyId={id} revisionId={r.id} version={r.version} baseVersion={story.version} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
