import { sql } from 'drizzle-orm';
import { type Database, migrateDatabase } from '@/db/client';
import { countChannels } from '@/db/queries/channels';
import { countStaff, createStaff, listStaff } from '@/db/queries/staff';
import { countStories } from '@/db/queries/stories';
import { type DemoAccount, seedDemoNewsroom } from '@/db/seed';
import type { MediaStorage } from '@/lib/media/storage';
import { generatePassword, hashPassword } from '@/lib/passwords';
import type { z } from 'zod';
import { emailField, passwordField } from '@/lib/schemas/staff';

function parseSetting<T>(schema: z.ZodType<T>, value: string, name: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${name} is not usable: ${result.error.issues.map((i) => i.message).join('; ')}`);
  return result.data;
}

interface FirstRunOptions {
  adminEmail?: string;
  adminPassword?: string;
  /** Fixed password for the demo editor and reporter (tests); generated when unset. */
  demoPassword?: string;
  /** At server start only into a brand-new database; `npm run seed` into any without content. */
  seedDemo: 'when-fresh' | 'if-no-content' | 'never';
  storage: MediaStorage;
}

interface FirstRunReport {
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
    const fresh = (await countStaff(tx)) === 0;
    let actorId: number;
    if (fresh) {
      const email = parseSetting(emailField, options.adminEmail || 'admin@zebian.local', 'ADMIN_EMAIL');
      const given = options.adminPassword ? parseSetting(passwordField, options.adminPassword, 'ADMIN_PASSWORD') : undefined;
      const password = given ?? generatePassword();
      const admin = await createStaff(tx, {
        name: '管理員',
        email,
        role: 'admin',
        passwordHash: await hashPassword(password),
        mustChangePassword: !given,
        actorId: null,
      });
      actorId = admin.id;
      // A password the operator chose is theirs to know; a generated one is printed once.
      report.created.push({ role: 'admin', email, password: given ? null : password, mustChange: !given });
    } else {
      const [admin] = (await listStaff(tx)).filter((p) => p.role === 'admin');
      actorId = admin?.id ?? 0;
    }

    const wanted = options.seedDemo === 'if-no-content' || (options.seedDemo === 'when-fresh' && fresh);
    if (!wanted || (await countChannels(tx)) > 0 || (await countStories(tx)) > 0) return;
    const demoGiven = options.demoPassword ? parseSetting(passwordField, options.demoPassword, 'DEMO_PASSWORD') : undefined;
    const taken = new Set((await listStaff(tx)).map((p) => p.email));
    const accounts: DemoAccount[] = [
      { role: 'editor' as const, name: '周敏華', email: 'editor@zebian.local', password: demoGiven ?? generatePassword() },
      { role: 'reporter' as const, name: '林書安', email: 'reporter@zebian.local', password: demoGiven ?? generatePassword() },
    ].filter((a) => !taken.has(a.email));
    await seedDemoNewsroom(tx, { storage: options.storage, accounts, mustChangePassword: !demoGiven, actorId });
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
