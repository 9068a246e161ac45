import NextAuth from 'next-auth';
import { authConfig } from '@/lib/auth.config';

// A convenience redirect of signed-out visitors to /login; the real checks live in lib/session.ts.
const { auth } = NextAuth(authConfig);
export default auth;

export const config = { matcher: ['/dashboard/:path*'] };
