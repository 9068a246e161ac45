// Node's options for the production server, unless NODE_OPTIONS is set (scripts/start.mjs, and
// the bench, which starts the server as npm start does). A bounded heap makes the server collect
// garbage sooner instead of growing under load (the page cache itself is capped at 50 MB).
// A smaller young generation (--max-semi-space-size=8) saved 10–30 MB more, but under sustained
// search traffic on PostgreSQL it promoted enough to the old generation to run out of heap once.
export const serverNodeOptions = '--max-old-space-size=256';
