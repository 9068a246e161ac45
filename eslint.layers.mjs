// The layers of the code and which way imports may run between them, checked by `npm run lint`
// (part of `npm test`). From the top:
//
//   app/         routes: pages, layouts, route handlers. Nothing outside app/ imports it.
//   actions/     every server action ('use server': each export is a public POST endpoint).
//   components/  React components. They call actions, draw data, and import from lib/ only the
//                pure core (below); shared pieces live in components/ui and components/media.
//   lib/ (services) and db/   session, loaders, media ingest, first run, scheduler; the queries.
//   the pure core   rules and formats with no database, session, Next or server code, safe in
//                the browser and in db/: listed in `pureCore`.
//   scripts/     start, bench and maintenance scripts; they may use anything but app/.
//
// A type may be imported from db/ (the rows are the shared vocabulary) by components and the
// core, because `import type` is erased and loads nothing; a value may not.

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
  'media/limits.ts',
  'media/types.ts',
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
    target: ['./actions', './components', './lib', './db', './scripts', './e2e', './proxy.ts', './instrumentation.ts'],
    from: './app',
    // The staff pages' document shell loads the one stylesheet; that is an asset, not a route.
    except: ['./globals.css'],
    message: 'Only routes import from app/. A server action belongs in actions/, a shared piece in components/ or lib/.',
  },
  {
    target: ['./lib', './db'],
    from: ['./components', './actions', './scripts'],
    message: 'lib/ and db/ sit below components/, actions/ and scripts/: move what both need (a type, a function) into the pure core.',
  },
  { target: './actions', from: './components', message: 'Server actions return data; they do not import components.' },
  {
    target: './components/editor',
    from: './components/dashboard',
    message: 'The editor does not import workspace pages’ pieces: move what both use to components/ui or components/media.',
  },
  {
    target: './components',
    from: './lib',
    except: [...coreWithinLib, './release-render-stack.ts'],
    message: 'Components import only the pure core from lib/ (see eslint.layers.mjs); a page loads data and passes it down.',
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
];

export default config;
