// The layers of the code and which way imports may run between them, checked by `npm run lint`
// (part of `npm test`). From the top; each may import only from layers below it:
//
//   scripts/       start, bench and maintenance scripts: anything but app/.
//   app/           routes: pages, layouts, route handlers. Nothing outside app/ imports it.
//   components/    React components: they call server actions and draw the data a page passes
//                  them; from the rest of lib/ only the pure core. Shared pieces live in
//                  components/ui and components/media, never in a page's folder.
//   lib/actions/   every server action ('use server': each export is a public POST endpoint).
//   lib/, db/      services (session, loaders, media ingest, first run, scheduler) and queries.
//   the pure core  rules and formats (`pureCore` below): no database, session, Next or server
//                  code, so the browser, db/ and scripts can all load it.
//
// Components and the core may import a type from db/ (the rows are the shared vocabulary):
// `import type` is erased and loads nothing. A value may not.

/** The pure core, as paths under lib/. A new pure module belongs here. */
export const pureCore = [
  'chinese',
  'rich-text',
  'schemas',
  'credits.ts',
  'editor-story.ts',
  'errors.ts',
  'permissions.ts',
  'presence.ts',
  'story-diff.ts',
  'story-snapshot.ts',
  'story-states.ts',
  'time.ts',
  'workflow.ts',
  'media/access.ts',
  'media/types.ts',
  'media/share-image.ts',
  'media/variants.ts',
  'reader/article-data.ts',
  'reader/article-path.ts',
  'reader/cache-tags.ts',
  'reader/in-script.ts',
  'reader/search-text.ts',
  'reader/summary.ts',
  'reader/variant.ts',
];

const core = pureCore.map((p) => `./lib/${p}`);
const coreWithinLib = pureCore.map((p) => `./${p}`);

const zones = [
  {
    target: ['./components', './lib', './db', './scripts', './e2e', './proxy.ts', './instrumentation.ts'],
    from: './app',
    // The staff pages' document shell loads the one stylesheet; that is an asset, not a route.
    except: ['./globals.css'],
    message: 'Only routes import from app/. A server action belongs in lib/actions/, a shared piece in components/ or lib/.',
  },
  {
    target: ['./lib', './db'],
    from: ['./components', './scripts'],
    message: 'lib/ and db/ sit below components/ and scripts/: move what both need (a type, a function) into the pure core.',
  },
  {
    // Everything in lib/ but the actions themselves, and db/.
    target: ['./db/**', './lib/*', './lib/!(actions)/**'],
    from: ['./lib/actions/**'],
    message: 'Services and queries sit below the server actions: move what both need into lib/ or the pure core.',
  },
  {
    target: './components/editor',
    from: './components/dashboard',
    message: 'The editor does not import workspace pages’ pieces: move what both use to components/ui or components/media.',
  },
  {
    target: './components',
    from: './lib',
    except: [...coreWithinLib, './actions', './release-render-stack.ts'],
    message: 'Components import from lib/ only the pure core and server actions (see eslint.layers.mjs); a page loads data and passes it down.',
  },
  {
    target: core,
    from: './lib',
    except: coreWithinLib,
    message: 'The pure core imports only the pure core: no session, loaders or other services.',
  },
  {
    target: core,
    from: ['./node_modules/next', './node_modules/next-auth', './node_modules/server-only'],
    message: 'The pure core runs anywhere (browser, db/, scripts): no Next, Auth.js or server-only code.',
  },
];

const dbValues = {
  group: ['@/db/*', '@/db/**', '**/db/*', '**/db/**'],
  allowTypeImports: true,
  message: 'Only types may come from db/ here (`import type`): a value would load the database layer.',
};

const config = [
  { rules: { 'import/no-restricted-paths': ['error', { zones }] } },
  {
    files: ['components/**', ...pureCore.map((p) => (p.endsWith('.ts') ? `lib/${p}` : `lib/${p}/**`))],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [dbValues] }] },
  },
  {
    // Settings are parsed once, in lib/env.ts. Besides it, only the start scripts, the tool
    // configurations, instrumentation.ts (Next's runtime flags), the cache handler (which Next
    // loads outside the app's bundle) and the test helpers read the environment.
    files: ['app/**', 'components/**', 'lib/**', 'db/**', 'proxy.ts'],
    ignores: ['lib/env.ts', 'lib/cache/cache-handler.mjs', 'lib/cache/redis-testing.ts', 'db/testing.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings with env() from lib/env.ts, where each is parsed and documented.' }],
    },
  },
];

export default config;
