import { sql } from 'drizzle-orm';
import { type Database, migrateDatabase } from '@/db/client';
import { countChannels } from '@/db/queries/channels';
import { countStaff, createStaff } from '@/db/queries/staff';
import { countStories } from '@/db/queries/stories';
import { type DemoAccount, seedDemoNewsroom } from '@/db/seed';
import type { MediaStorage } from '@/lib/media/storage';
import { generatePassword, hashPassword } from '@/lib/passwords';
import { emailField, passwordField } from '@/lib/schemas/staff';

export interface FirstRunOptions {
  adminEmail?: string;
  adminPassword?: string;
  /** Fixed password for the demo editor and reporter (tests); generated when unset. */
  demoPassword?: string;
  seedDemo: boolean;
  storage: MediaStorage;
}

export interface FirstRunReport {
  created: { role: string; email: string; password: string | null; mustChange: boolean }[];
  seeded: boolean;
}

/**
 * Brings a database up to date and, when it is empty, creates the first admin and the demo
 * newsroom. Safe to run at every start: it never writes over existing staff or content.
 */
export async function prepareNewsroom(database: Database, options: FirstRunOptions): Promise<FirstRunReport> {
  await migrateDatabase(database);
  const report: FirstRunReport = { created: [], seeded: false };
  await database.db.transaction(async (tx) => {
    // Two servers starting on one PostgreSQL must not both create the first admin.
    await tx.execute(sql`select pg_advisory_xact_lock(727274)`);
    if ((await countStaff(tx)) > 0) return;

    const email = emailField.parse(options.adminEmail || 'admin@zebian.local');
    const given = options.adminPassword ? passwordField.parse(options.adminPassword) : undefined;
    const password = given ?? generatePassword();
    const admin = await createStaff(tx, {
      name: '管理員',
      email,
      role: 'admin',
      passwordHash: await hashPassword(password),
      mustChangePassword: !given,
      actorId: null,
    });
    // A password the operator chose is theirs to know; a generated one is printed once.
    report.created.push({ role: 'admin', email, password: given ? null : password, mustChange: !given });

    if (!options.seedDemo || (await countChannels(tx)) > 0 || (await countStories(tx)) > 0) return;
    const demoGiven = options.demoPassword ? passwordField.parse(options.demoPassword) : undefined;
    const accounts: DemoAccount[] = [
      { role: 'editor', name: '周敏華', email: 'editor@zebian.local', password: demoGiven ?? generatePassword() },
      { role: 'reporter', name: '林書安', email: 'reporter@zebian.local', password: demoGiven ?? generatePassword() },
    ];
    await seedDemoNewsroom(tx, { storage: options.storage, accounts, mustChangePassword: !demoGiven, actorId: admin.id });
    for (const a of accounts) report.created.push({ role: a.role, email: a.email, password: a.password, mustChange: !demoGiven });
    report.seeded = true;
  });
  return report;
}

const roleNames: Record<string, string> = { admin: '管理員 admin', editor: '編輯 editor', reporter: '記者 reporter' };

export function describeFirstRun(report: FirstRunReport, address: string): string[] {
  if (!report.created.length) return [];
  const lines = ['', '  Zebian 責編: first run. Sign in at ' + `${address}/login` + ' with:', ''];
  for (const c of report.created) {
    const password = c.password ?? '(the ADMIN_PASSWORD you set)';
    lines.push(`    ${roleNames[c.role]?.padEnd(14)} ${c.email.padEnd(24)} ${password}`);
  }
  if (report.created.some((c) => c.mustChange)) lines.push('', '  Generated passwords are shown only now; each must be changed at first sign-in.');
  if (report.seeded) lines.push('  Demo newsroom content was added to the empty database.');
  lines.push('');
  return lines;
}
