/**
 * A story's public address: /articles/<id>, with its 網址代稱 after the id when it has one. The
 * id alone finds the story, so any other tail (an old slug, none at all) is redirected here.
 */
export function articlePath(id: number, slug?: string | null): string {
  return slug ? `/articles/${id}/${slug}` : `/articles/${id}`;
}

/**
 * Where a request for a story should go instead, or null when it is already at the address.
 * `tail` is what followed the id. A story without a 網址代稱 keeps taking any tail (as before
 * slugs existed): only a story with one has a single address.
 */
export function articleRedirect(id: number, slug: string | null, tail: string[] | undefined): string | null {
  if (!slug) return null;
  const asked = tail?.map((part) => safeDecode(part)).join('/') ?? '';
  return asked === slug ? null : articlePath(id, slug);
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
