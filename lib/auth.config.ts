import type { NextAuthConfig } from 'next-auth';
import type { StaffRole } from '@/db/schema';

declare module 'next-auth' {
  interface User {
    role?: StaffRole;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: StaffRole; sessionVersion: number };
  }
}

/**
 * The database-free half of the Auth.js set-up, shared with proxy.ts. The proxy only redirects
 * the signed-out; every page and action re-checks the account in the database (lib/session.ts).
 */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      if (request.nextUrl.pathname.startsWith('/dashboard')) return Boolean(auth?.user);
      return true;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.role = token.role as StaffRole;
      session.user.sessionVersion = Number(token.sessionVersion);
      return session;
    },
  },
} satisfies NextAuthConfig;
