import type { Metadata } from 'next';
import { requireStaff } from '@/lib/session';
import { MIN_PASSWORD } from '@/lib/schemas/staff';
import { ChangePasswordForm } from './change-password-form';

export const metadata: Metadata = { title: '更改密碼 | 責編', robots: { index: false } };

export default async function ChangePasswordPage() {
  const person = await requireStaff({ allowPasswordChange: true });
  return (
    <main className="auth-page" id="main">
      <div className="auth-card">
        <h1>更改密碼</h1>
        <p className="muted">
          {person.mustChangePassword ? `${person.name}，首次登入或密碼重設後，請先設定你自己的密碼。` : `${person.name}，請設定新的密碼。`}
          密碼至少 {MIN_PASSWORD} 個字元。
        </p>
        <ChangePasswordForm />
      </div>
    </main>
  );
}
