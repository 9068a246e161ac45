// `npm run seed`: fills an empty database with the demo newsroom. Never over existing content,
// and never while a server has the embedded database open (one process per PGlite folder).
import path from 'node:path';
import { dataDir, openDatabase } from '@/db/client';
import { describeFirstRun, prepareNewsroom } from '@/lib/first-run';
import { mediaStorage } from '@/lib/media/configured-storage';

const database = await openDatabase({ url: process.env.DATABASE_URL || undefined, folder: path.join(dataDir(), 'pglite') });
try {
  const report = await prepareNewsroom(database, {
    adminEmail: process.env.ADMIN_EMAIL,
    adminPassword: process.env.ADMIN_PASSWORD,
    demoPassword: process.env.DEMO_PASSWORD,
    seedDemo: 'if-no-content',
    storage: mediaStorage(),
  });
  const lines = describeFirstRun(report, `http://localhost:${process.env.PORT || 3000}`);
  console.log(lines.length ? lines.join('\n') : 'The database already has content: nothing was seeded.');
} finally {
  await database.close();
}
