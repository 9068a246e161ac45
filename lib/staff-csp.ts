import { type NextRequest, NextResponse } from 'next/server';
import { env } from './env';
import { newNonce, perRequestPolicyPaths, securityOptions, staffPolicy } from './security-headers';

const perRequest = new RegExp(`^/(?:${perRequestPolicyPaths.join('|')})(?:/|$)`);

/** Whether the address is rendered per request and so gets a nonce policy from the proxy. */
export function needsNoncePolicy(pathname: string): boolean {
  return perRequest.test(pathname);
}

/**
 * Lets the request through with a fresh nonce: Next reads it from the request's
 * Content-Security-Policy and puts it on every script it renders; the browser gets the same
 * policy on the response.
 */
export function withNoncePolicy(request: NextRequest): NextResponse {
  const value = staffPolicy(newNonce(), securityOptions(env()));
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', value);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', value);
  return response;
}

/**
 * The same for a response another middleware (Auth.js) decided on: a redirect stays as it is,
 * a pass-through gets the nonce, keeping the cookies the first one set.
 */
export function withNoncePolicyAfter(decided: Response | undefined, request: NextRequest): Response {
  if (decided && decided.headers.get('x-middleware-next') !== '1') return decided;
  const response = withNoncePolicy(request);
  for (const cookie of decided?.headers.getSetCookie() ?? []) response.headers.append('set-cookie', cookie);
  return response;
}
