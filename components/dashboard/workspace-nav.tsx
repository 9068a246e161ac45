import Link from 'next/link';
import type { StaffSummary } from '@/db/queries/staff';
import { type Action, can, roleLabels } from '@/lib/permissions';

const links: { href: string; label: string; needs: Action }[] = [
  { href: '/dashboard', label: '工作台', needs: 'workspace.enter' },
  { href: '/dashboard/articles', label: '稿件', needs: 'workspace.enter' },
  { href: '/dashboard/media', label: '媒體庫', needs: 'media.upload' },
  { href: '/dashboard/staff', label: '人員', needs: 'staff.manage' },
  { href: '/dashboard/channels', label: '頻道', needs: 'channels.manage' },
  { href: '/dashboard/topics', label: '專題', needs: 'topics.manage' },
  { href: '/dashboard/settings', label: '設定', needs: 'settings.manage' },
  { href: '/dashboard/audit', label: '稽核紀錄', needs: 'audit.read' },
  { href: '/dashboard/profile', label: '個人資料', needs: 'workspace.enter' },
];

export function WorkspaceNav({ person, signOut }: { person: StaffSummary; signOut: () => Promise<void> }) {
  return (
    <header className="ws-header">
      <div className="ws-brand">
        <Link href="/dashboard">責編 · 工作台</Link>
      </div>
      <nav aria-label="工作台">
        <ul>
          {links
            .filter((l) => can(person, l.needs))
            .map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
          <li>
            <Link href="/">讀者網站</Link>
          </li>
        </ul>
      </nav>
      <div className="ws-user">
        <span>
          {person.name}（{roleLabels[person.role]}）
        </span>
        <form action={signOut}>
          <button type="submit" className="button">
            登出
          </button>
        </form>
      </div>
    </header>
  );
}
