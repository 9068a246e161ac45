import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { getSiteSettings } from '@/db/queries/settings';
import { listStaff } from '@/db/queries/staff';
import { roleLabels } from '@/lib/permissions';
import { requirePermission } from '@/lib/session';
import { formatPublishTime, zoneLabel } from '@/lib/time';
import { NewStaffForm } from './new-staff-form';
import { StaffRowActions } from './staff-row-actions';

export const metadata: Metadata = { title: '人員 | 責編' };

export default async function StaffPage() {
  const person = await requirePermission('staff.manage');
  const db = await getDb();
  const [people, settings] = await Promise.all([listStaff(db), getSiteSettings(db)]);
  return (
    <>
      <h1>人員</h1>
      <table className="ws-table admin-table">
        <thead>
          <tr>
            <th scope="col">姓名</th>
            <th scope="col">電子郵件</th>
            <th scope="col">角色</th>
            <th scope="col">狀態</th>
            <th scope="col">最近登入（{zoneLabel(settings.timeZone)}）</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{p.email}</td>
              <td>{roleLabels[p.role]}</td>
              <td>{p.active ? (p.mustChangePassword ? '待更改密碼' : '使用中') : '已停用'}</td>
              <td>{p.lastSignInAt ? formatPublishTime(p.lastSignInAt, settings.timeZone) : '—'}</td>
              <td>{p.id === person.id ? <span className="muted">（你自己）</span> : <StaffRowActions staffId={p.id} name={p.name} active={p.active} role={p.role} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <NewStaffForm />
    </>
  );
}
