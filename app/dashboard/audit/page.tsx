import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { type AuditRow, listAudit, listAuditActions } from '@/db/queries/audit';
import { getSiteSettings } from '@/db/queries/settings';
import { listSignInFailures } from '@/db/queries/sign-in-throttle';
import { listStaff } from '@/db/queries/staff';
import { requirePermission } from '@/lib/session';
import { formatPublishTime, zoneLabel } from '@/lib/time';
import { type AuditSearchParams, auditHref, readAuditFilter } from './filters';
import { actionFamilies, actionLabels, describeChange, subjectLabels } from './labels';

export const metadata: Metadata = { title: '稽核紀錄 | 責編' };

const PAGE_SIZE = 50;

function Change({ value, names, timeZone }: { value: unknown; names: ReadonlyMap<number, string>; timeZone: string }) {
  const lines = describeChange(value, names, timeZone);
  if (!lines.length) return null;
  return (
    <dl className="audit-change">
      {lines.map((l, i) => (
        <div key={i}>
          {l.label ? <dt>{l.label}</dt> : null}
          <dd>{l.text}</dd>
        </div>
      ))}
    </dl>
  );
}

function Subject({ entry }: { entry: AuditRow }) {
  const kind = subjectLabels[entry.subjectType] ?? entry.subjectType;
  if (!entry.subjectId) return <>{kind}</>;
  const name = entry.storyTitle ?? entry.staffName;
  return (
    <>
      {kind} #{entry.subjectId}
      {name ? <span className="audit-subject-name">{name}</span> : null}
    </>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<AuditSearchParams> }) {
  const person = await requirePermission('audit.read');
  const db = await getDb();
  const settings = await getSiteSettings(db);
  const { form, filter } = readAuditFilter(await searchParams, settings.timeZone);
  const [page, people, actions, failures] = await Promise.all([
    listAudit(db, { ...filter, reader: person, limit: PAGE_SIZE }),
    listStaff(db),
    listAuditActions(db),
    listSignInFailures(db, { hours: 24, limit: 20 }),
  ]);
  const filtered = Object.values(form).some(Boolean);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return (
    <>
      <h1>稽核紀錄</h1>
      <p className="muted">誰在何時做了什麼，變更前後的內容。紀錄只能新增，任何頁面和操作都不能修改或刪除。時間均為網站時區的{zoneLabel(settings.timeZone)}（{settings.timeZone}）。</p>
      <section aria-labelledby="sign-in-failures-heading">
        <h2 id="sign-in-failures-heading">近 24 小時登入失敗</h2>
        {failures.length ? (
          <table className="ws-table admin-table">
            <thead>
              <tr>
                <th scope="col">電子郵件</th>
                <th scope="col">位址</th>
                <th scope="col">密碼錯誤</th>
                <th scope="col">被拒（嘗試過多）</th>
                <th scope="col">最近一次</th>
              </tr>
            </thead>
            <tbody>
              {failures.map((f) => (
                <tr key={`${f.email}|${f.address}`}>
                  <td>{f.email}</td>
                  <td>{f.address}</td>
                  <td>{f.failed}</td>
                  <td>{f.refused}</td>
                  <td className="nowrap">{formatPublishTime(f.last, settings.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">沒有登入失敗。</p>
        )}
      </section>
      <h2>全部紀錄</h2>
      <form method="get" className="audit-filter" aria-label="篩選紀錄">
        <div className="field">
          <label htmlFor="audit-actor">人員</label>
          <select id="audit-actor" name="actor" defaultValue={form.actor}>
            <option value="">全部人員</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}（{p.email}）
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-story">稿件編號</label>
          <input id="audit-story" name="story" inputMode="numeric" defaultValue={form.story} maxLength={12} size={8} />
        </div>
        <div className="field">
          <label htmlFor="audit-action">操作</label>
          <select id="audit-action" name="action" defaultValue={form.action}>
            <option value="">全部操作</option>
            <optgroup label="類別">
              {actionFamilies.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </optgroup>
            <optgroup label="操作">
              {actions.map((a) => (
                <option key={a} value={a}>
                  {actionLabels[a] ?? a}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">開始日期</label>
          <input id="audit-from" name="from" type="date" defaultValue={form.from} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">結束日期</label>
          <input id="audit-to" name="to" type="date" defaultValue={form.to} />
        </div>
        <div className="audit-filter-buttons">
          <button type="submit" className="button primary">
            篩選
          </button>
          {filtered ? (
            <Link className="button" href="/dashboard/audit">
              清除篩選
            </Link>
          ) : null}
        </div>
      </form>
      {page.items.length ? (
        <table className="ws-table admin-table audit-table">
          <thead>
            <tr>
              <th scope="col">時間（{zoneLabel(settings.timeZone)}）</th>
              <th scope="col">人員</th>
              <th scope="col">操作</th>
              <th scope="col">對象</th>
              <th scope="col">變更前</th>
              <th scope="col">變更後</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">{formatPublishTime(e.createdAt, settings.timeZone)}</td>
                <td>{e.actorName ?? (e.actorId ? `#${e.actorId}` : e.action.startsWith('auth.') ? '（未登入）' : '系統')}</td>
                <td>{actionLabels[e.action] ?? e.action}</td>
                <td>
                  <Subject entry={e} />
                </td>
                <td>
                  <Change value={e.before} names={names} timeZone={settings.timeZone} />
                </td>
                <td>
                  <Change value={e.after} names={names} timeZone={settings.timeZone} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">沒有符合條件的紀錄。</p>
      )}
      <nav aria-label="分頁" className="pager">
        {filter.before ? <Link href={auditHref(form)}>最新</Link> : null}
        {page.next ? (
          <Link href={auditHref(form, page.next)} rel="next">
            較早的紀錄
          </Link>
        ) : null}
      </nav>
    </>
  );
}
