// Node's options for the production server, unless NODE_OPTIONS is set (scripts/start.mjs, and
// the bench, which starts the server as npm start does). A bounded heap makes the server collect
// garbage sooner instead of growing under load (the page cache itself is capped at 50 MB); a
// smaller young generation trims another 10–30 MB at peak for about 3 % of throughput.
export const serverNodeOptions = '--max-old-space-size=256 --max-semi-space-size=8';
