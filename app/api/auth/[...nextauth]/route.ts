import { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';

// Next gives route handlers a URL built from the address the server is bound to
// (http://0.0.0.0:3000/…), and Auth.js would redirect there. With PUBLIC_URL set, AUTH_URL is
// derived from it at start (lib/server-start.ts); without, the request's own Host is used.
const plainHost = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

async function atRequestHost(request: NextRequest): Promise<NextRequest> {
  if (process.env.AUTH_URL) return request;
  const host = request.headers.get('host');
  if (!host || !plainHost.test(host)) return request;
  const url = new URL(request.url);
  const atHost = new URL(`${url.pathname}${url.search}`, `${url.protocol}//${host}`);
  // Auth.js builds its own links from X-Forwarded-Host, which Next fills with the bind address.
  const headers = new Headers(request.headers);
  headers.set('x-forwarded-host', host);
  headers.set('x-forwarded-proto', url.protocol.slice(0, -1));
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  return new NextRequest(atHost, { method: request.method, headers, body });
}

export const GET = async (request: NextRequest) => handlers.GET(await atRequestHost(request));
export const POST = async (request: NextRequest) => handlers.POST(await atRequestHost(request));
