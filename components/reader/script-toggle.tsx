'use client';

import { usePathname, useSearchParams } from 'next/navigation';

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
 */
export function ScriptToggle({ current, label }: { current: 'hant' | 'hans'; label: string }) {
  const pathname = withoutPrefix(usePathname() || '/');
  const query = useSearchParams()?.toString();
  const href = (v: 'hant' | 'hans') => `${prefixes[v]}${pathname === '/' ? '' : pathname}${query ? `?${query}` : ''}`;
  return (
    <p className="script-toggle" role="group" aria-label={label}>
      <a href={href('hant')} hrefLang="zh-Hant" lang="zh-Hant" aria-current={current === 'hant' ? 'true' : undefined}>
        繁體
      </a>
      <a href={href('hans')} hrefLang="zh-Hans" lang="zh-Hans" aria-current={current === 'hans' ? 'true' : undefined}>
        简体
      </a>
    </p>
  );
}
