import { expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import { canManageMedia } from './access';

const reporter: Actor = { id: 3, role: 'reporter', active: true };
const editor: Actor = { id: 2, role: 'editor', active: true };

it.each<[string, Actor, number | null, boolean]>([
  ['a reporter manages their own upload', reporter, 3, true],
  ['a reporter may not manage another’s upload', reporter, 9, false],
  ['a reporter may not manage a seeded item without uploader', reporter, null, false],
  ['an editor manages anyone’s upload', editor, 9, true],
  ['a disabled reporter manages nothing', { ...reporter, active: false }, 3, false],
])('%s', (_label, actor, uploadedBy, expected) => {
  expect(canManageMedia(actor, { uploadedBy })).toBe(expected);
});
