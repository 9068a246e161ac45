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

export function WorkspaceNav({
  person,
  signOut,
  inReview,
}: {
  person: StaffSummary;
  signOut: () => Promise<void>;
  /** How many stories are 待審, for those who review them; null for reporters. */
  inReview: number | null;
}) {
  return (
    <header className="ws-header">
      <div className="ws-brand">
        <Link href="/dashboard">責編 · 工作台</Link>
      </div>
      <nav aria-label="工作台">
        <ul>
          {links
            .filter((l) => can(person, l.needs))
            .flatMap((l) => [
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>,
              // Beside 稿件, editors see how many stories wait for the desk.
              l.href === '/dashboard/articles' && inReview !== null ? (
                <li key="in-review">
                  <Link href="/dashboard/articles?state=in_review" aria-label={`待審 ${inReview} 篇`}>
                    待審<span className={inReview ? 'nav-count' : 'nav-count none'}>{inReview}</span>
                  </Link>
                </li>
              ) : null,
            ])}
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
