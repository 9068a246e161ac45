// How "另有 … 正在編輯" keeps up: an open editor says so every PRESENCE_BEAT_MS, and learns
// who else is there in the same request; a presence not renewed for PRESENCE_EXPIRY_MS is
// over. Leaving is also announced outright (components/editor/use-presence.ts), so the usual
// case clears at the watcher's next beat; the expiry covers a crashed tab or a lost network.

export const PRESENCE_BEAT_MS = 2_000;
export const PRESENCE_EXPIRY_MS = 5_000;
