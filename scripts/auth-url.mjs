// Auth.js builds its links and redirects from AUTH_URL, else from the address the server is
// bound to (http://0.0.0.0:3000). The start scripts give each server AUTH_URL derived from
// PUBLIC_URL, unless the operator set one.
export function authUrlFor(env) {
  if (env.AUTH_URL || !env.PUBLIC_URL) return {};
  try {
    return { AUTH_URL: new URL('/api/auth', env.PUBLIC_URL).toString() };
  } catch {
    return {}; // the server itself reports the malformed PUBLIC_URL and stops (lib/env.ts)
  }
}
