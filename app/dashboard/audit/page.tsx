import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { listRecentAudit } from '@/db/queries/audit';
import { getSiteSettings } from '@/db/queries/settings';
import { listStaff } from '@/db/queries/staff';
import { requirePermission } from '@/lib/session';
import { formatPublishTime } from '@/lib/time';

export const metadata: Metadata = { title: '稽核紀錄 | 責編' };

const actionLabels: Record<string, string> = {
  'auth.sign-in': '登入',
  'auth.sign-in-failed': '登入失敗',
  'staff.create': '新增人員',
  'staff.enable': '啟用人員',
  'staff.disable': '停用人員',
  'staff.password.change': '更改密碼',
  'staff.password.reset': '重設密碼',
  'story.create': '建立稿件',
};

export default async function AuditPage() {
  await requirePermission('audit.read');
  const db = await getDb();
  const [entries, people, settings] = await Promise.all([listRecentAudit(db, { limit: 100 }), listStaff(db), getSiteSettings(db)]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return (
    <>
      <h1>稽核紀錄</h1>
      <p className="muted">最近 100 筆。紀錄只能新增，不能修改或刪除。</p>
      <table className="ws-table">
        <thead>
          <tr>
            <th scope="col">時間</th>
            <th scope="col">人員</th>
            <th scope="col">操作</th>
            <th scope="col">對象</th>
            <th scope="col">內容</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatPublishTime(e.createdAt, settings.timeZone)}</td>
              <td>{e.actorId ? (names.get(e.actorId) ?? `#${e.actorId}`) : '—'}</td>
              <td>{actionLabels[e.action] ?? e.action}</td>
              <td>
                {e.subjectType}
                {e.subjectId ? ` #${e.subjectId}` : ''}
              </td>
              <td className="audit-detail">{e.after ? JSON.stringify(e.after) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
