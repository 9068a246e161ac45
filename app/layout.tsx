import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { loadSiteChrome } from '@/lib/reader/loaders';
import { isVariant, variantHeader, variantLang } from '@/lib/reader/variant';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '責編 Zebian', template: '%s' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** zh-Hans on reader pages served in 简体 (by prefix, or as the site's default); else zh-Hant. */
async function documentLang(): Promise<string> {
  const asked = (await headers()).get(variantHeader);
  if (isVariant(asked)) return variantLang[asked];
  if (asked === 'default') return variantLang[(await loadSiteChrome('hant')).settings.defaultVariant];
  return 'zh-Hant';
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={await documentLang()}>
      <body>{children}</body>
    </html>
  );
}
