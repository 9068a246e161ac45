export function authUrlFor(env: Record<string, string | undefined>): { AUTH_URL?: string };
