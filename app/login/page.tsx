import type { Metadata } from 'next';
import { connection } from 'next/server';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: '登入 | 責編', robots: { index: false } };

export default async function LoginPage() {
  // Rendered per request, so its scripts carry the response's nonce (lib/staff-csp.ts).
  await connection();
  return (
    <main className="auth-page" id="main">
      <div className="auth-card">
        <h1>責編 · 工作台登入</h1>
        <p className="muted">新聞室人員請以電子郵件和密碼登入。</p>
        <LoginForm />
      </div>
    </main>
  );
}
