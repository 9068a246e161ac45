import type { APIRequestContext, Page, Request } from '@playwright/test';

/** Captures the server-action request a click sends, so a test can send it again as someone else. */
export async function captureAction(page: Page, click: () => Promise<void>): Promise<Request> {
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action'])), click()]);
  return request;
}

/** The captured body with one form field's value replaced (Next prefixes field names, so match the end). */
export function withField(body: string, field: string, value: string): string {
  return body.replace(new RegExp(`(name="[^"]*${field}"\\r\\n\\r\\n)[^\\r]*`), `$1${value}`);
}

/** The headers that make a POST a call of the captured action. */
export function actionHeaders(request: Request): Record<string, string> {
  return { 'next-action': request.headers()['next-action']!, 'content-type': request.headers()['content-type']!, accept: 'text/x-component' };
}

/** Posts a captured action again through `client` (whose cookies say who is calling); returns the response text. */
export async function replayAction(client: APIRequestContext, request: Request, path: string, body = request.postData() ?? ''): Promise<string> {
  const response = await client.post(path, { headers: actionHeaders(request), data: body, maxRedirects: 0 });
  return response.text();
}
