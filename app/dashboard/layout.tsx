import type { Metadata } from 'next';
import { WorkspaceNav } from '@/components/dashboard/workspace-nav';
import { StaffDocument, staffViewport } from '@/components/staff-document';
import { getDb } from '@/db/client';
import { countStoriesInReview } from '@/db/queries/workspace-stories';
import { can } from '@/lib/permissions';
import { requireStaff } from '@/lib/session';
import { signOutAction } from '@/lib/actions/sign-out';

export const metadata: Metadata = { title: { default: '工作台 | 責編', template: '%s' }, robots: { index: false } };
export const viewport = staffViewport;

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const person = await requireStaff();
  // Editors see at a glance how many stories wait for them.
  const inReview = can(person, 'story.publish') ? await countStoriesInReview(await getDb(), person) : null;
  return (
    <StaffDocument>
      <div className="ws">
        <a className="skip-link" href="#main">
          跳到主要內容
        </a>
        <WorkspaceNav person={person} signOut={signOutAction} inReview={inReview} />
        <main id="main" className="ws-main">
          {children}
        </main>
      </div>
    </StaffDocument>
  );
}
