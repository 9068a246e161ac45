import { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';

// Next gives route handlers a URL built from the address the server is bound to
// (http://0.0.0.0:3000/…), and Auth.js would redirect there. With PUBLIC_URL set, AUTH_URL is
// derived from it at start (lib/server-start.ts); without, the request's own Host is used.
const plainHost = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

function atRequestHost(request: NextRequest): NextRequest {
  if (process.env.AUTH_URL) return request;
  const host = request.headers.get('host');
  if (!host || !plainHost.test(host)) return request;
  const url = new URL(request.url);
  url.host = host;
  return new NextRequest(url, request);
}

export const GET = (request: NextRequest) => handlers.GET(atRequestHost(request));
export const POST = (request: NextRequest) => handlers.POST(atRequestHost(request));
