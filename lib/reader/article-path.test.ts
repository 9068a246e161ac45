import { describe, expect, it } from 'vitest';
import { articlePath, articleRedirect } from './article-path';

describe('a story address', () => {
  it('carries the 網址代稱 after the id when there is one', () => {
    expect(articlePath(12, 'lantern-festival')).toBe('/articles/12/lantern-festival');
    expect(articlePath(12, null)).toBe('/articles/12');
  });

  it.each<[string, string | null, string[] | undefined, string | null]>([
    ['the address itself', 'new-name', ['new-name'], null],
    ['an old slug', 'new-name', ['old-name'], '/articles/7/new-name'],
    ['no slug at all', 'new-name', undefined, '/articles/7/new-name'],
    ['extra segments', 'new-name', ['new-name', 'x'], '/articles/7/new-name'],
    ['a story without a slug, any tail', null, ['whatever'], null],
    ['a story without a slug, no tail', null, undefined, null],
  ])('%s', (_name, slug, tail, expected) => {
    expect(articleRedirect(7, slug, tail)).toBe(expected);
  });
});
