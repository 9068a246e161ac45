import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { pureCore } from './eslint.layers.mjs';

// Lints made-up files with the project's own configuration, so a rule that stopped matching
// (a renamed folder, a resolver that lost the `@/` alias) fails here instead of passing quietly.
const eslint = new ESLint({ cwd: import.meta.dirname });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(import.meta.dirname, file) });
  return result!.messages
    .filter((m) => ['import/no-restricted-paths', '@typescript-eslint/no-restricted-imports', 'no-restricted-properties'].includes(m.ruleId ?? ''))
    .map((m) => m.message);
}

describe('import layers and the one settings module', () => {
  it.each([
    ['a component importing a route', 'components/editor/probe.tsx', "import Page from '@/app/dashboard/page';\nexport const x = Page;\n", 'Only routes import from app/'],
    ['lib/ importing a component', 'lib/reader/probe.ts', "import { MediaImage } from '@/components/reader/media-image';\nexport const x = MediaImage;\n", 'lib/ and db/ sit below'],
    ['db/ importing an action', 'db/queries/probe.ts', "import { saveStoryAction } from '@/lib/actions/stories';\nexport const x = saveStoryAction;\n", 'sit below the server actions'],
    ['a service importing an action', 'lib/reader/probe.ts', "import { saveStoryAction } from '../actions/stories';\nexport const x = saveStoryAction;\n", 'sit below the server actions'],
    ['an action importing a component', 'lib/actions/probe.ts', "import { ActionButton } from '@/components/dashboard/action-button';\nexport const x = ActionButton;\n", 'lib/ and db/ sit below components/'],
    ['the editor importing a workspace piece', 'components/editor/probe.tsx', "import { ActionButton } from '@/components/dashboard/action-button';\nexport const x = ActionButton;\n", 'The editor does not import'],
    ['a component importing a loader', 'components/reader/probe.tsx', "import { loadFrontPage } from '@/lib/reader/loaders';\nexport const x = loadFrontPage;\n", 'only the pure core'],
    ['the core importing the session', 'lib/workflow.ts', "import { getCurrentStaff } from './session';\nexport const x = getCurrentStaff;\n", 'The pure core imports only the pure core'],
    ['the core importing Next', 'lib/rich-text/probe.ts', "import { cacheTag } from 'next/cache';\nexport const x = cacheTag;\n", 'no Next'],
    ['the core importing the database', 'lib/schemas/probe.ts', "import { getDb } from '@/db/client';\nexport const x = getDb;\n", 'Only types may come from db/'],
    ['a component importing a query', 'components/reader/probe.tsx', "import { listChannelBar } from '@/db/queries/channels';\nexport const x = listChannelBar;\n", 'Only types may come from db/'],
    ['a service reading the environment itself', 'lib/reader/probe.ts', 'export const port = process.env.PORT;\n', 'Read settings with env()'],
  ])('reports %s', async (_, file, code, expected) => {
    const errors = await layerErrors(file, code);
    expect(errors.join('\n')).toContain(expected);
  });

  it.each([
    ['a route importing an action and a component', 'app/dashboard/probe/page.tsx', "import { saveStoryAction } from '@/lib/actions/stories';\nimport { ActionButton } from '@/components/dashboard/action-button';\nexport const x = [saveStoryAction, ActionButton];\n"],
    ['a component importing an action and the core', 'components/editor/probe.tsx', "import { saveStoryAction } from '@/lib/actions/stories';\nimport { can } from '@/lib/permissions';\nexport const x = [saveStoryAction, can];\n"],
    ['the core importing a type from db/', 'lib/time.ts', "import type { Db } from '@/db/client';\nexport type X = Db;\n"],
    ['a service importing the database', 'lib/reader/probe.ts', "import { getDb } from '@/db/client';\nexport const x = getDb;\n"],
    ['the settings module reading the environment', 'lib/env.ts', 'export const port = process.env.PORT;\n'],
    ['an action importing another action', 'lib/actions/probe.ts', "import type { SaveOutcome } from './stories';\nexport type X = SaveOutcome;\n"],
  ])('allows %s', async (_, file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it('lists only core modules that exist', () => {
    const missing = pureCore.filter((p) => !fs.existsSync(path.join(import.meta.dirname, 'lib', p)));
    expect(missing).toEqual([]);
  });
});
