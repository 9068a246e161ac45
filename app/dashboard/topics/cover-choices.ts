import type { Db } from '@/db/client';
import { listCoverChoices } from '@/db/queries/topics';
import type { CoverChoice } from './topic-form';

/** Photos offered as a topic cover, each named by what the desk recognises. */
export async function loadCoverChoices(db: Db): Promise<CoverChoice[]> {
  const photos = await listCoverChoices(db);
  return photos.map((p) => ({ id: p.id, label: `#${p.id} ${(p.caption || p.alt || p.originalName || '未命名圖片').slice(0, 40)}` }));
}
