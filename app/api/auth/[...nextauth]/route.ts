import { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { env } from '@/lib/env';

// Next gives route handlers a URL built from the address the server is bound to
// (http://0.0.0.0:3000/…), and Auth.js would redirect there. With AUTH_URL set (`npm start`
// derives it from PUBLIC_URL) Auth.js uses it; else PUBLIC_URL's host, else the request's Host.
const plainHost = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

async function atRequestHost(request: NextRequest): Promise<NextRequest> {
  const settings = env();
  if (settings.AUTH_URL) return request;
  const site = settings.PUBLIC_URL ? new URL(settings.PUBLIC_URL) : null;
  const host = site?.host ?? request.headers.get('host');
  if (!host || !plainHost.test(host)) return request;
  const url = new URL(request.url);
  if (site) url.protocol = site.protocol;
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
