'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { ScriptLinks } from './script-links';

const prefixes = { hant: '/zh-hant', hans: '/zh-hans' } as const;

function withoutPrefix(pathname: string): string {
  for (const prefix of Object.values(prefixes)) {
    if (pathname === prefix) return '/';
    if (pathname.startsWith(`${prefix}/`)) return pathname.slice(prefix.length);
  }
  return pathname;
}

/**
 * 繁體 / 简体: links to this page in each script. Plain <a>, not next/link: switching reloads
 * the whole document, so the header, <html lang> and every text on it change together.
 * Cached pages are rendered without the address, so the server sends ScriptLinks to each
 * script's front page and these take over with the exact page once the browser has the URL.
 */
export function ScriptToggle({ current, label }: { current: 'hant' | 'hans'; label: string }) {
  const pathname = withoutPrefix(usePathname() || '/');
  const query = useSearchParams()?.toString();
  const href = (v: 'hant' | 'hans') => `${prefixes[v]}${pathname === '/' ? '' : pathname}${query ? `?${query}` : ''}`;
  return <ScriptLinks current={current} label={label} hrefs={{ hant: href('hant'), hans: href('hans') }} />;
}
