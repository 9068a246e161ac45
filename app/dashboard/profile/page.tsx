import type { Metadata } from 'next';
import { roleLabels } from '@/lib/permissions';
import { MIN_PASSWORD } from '@/lib/schemas/staff';
import { requireStaff } from '@/lib/session';
import { NameForm, OwnPasswordForm } from './profile-forms';

export const metadata: Metadata = { title: '個人資料 | 責編' };

type Props = { searchParams: Promise<{ password?: string | string[] }> };

export default async function ProfilePage({ searchParams }: Props) {
  const person = await requireStaff();
  const { password } = await searchParams;
  return (
    <>
      <h1>個人資料</h1>
      {password === 'changed' ? (
        <p role="status" className="form-ok">
          密碼已更改，其他裝置上的登入已結束。
        </p>
      ) : null}
      <dl className="profile-facts">
        <dt>電子郵件</dt>
        <dd>{person.email}</dd>
        <dt>角色</dt>
        <dd>{roleLabels[person.role]}</dd>
      </dl>
      <p className="muted">電子郵件和角色由管理員設定。新密碼至少 {MIN_PASSWORD} 個字元。</p>
      <div className="admin-columns">
        <NameForm name={person.name} />
        <OwnPasswordForm />
      </div>
    </>
  );
}
