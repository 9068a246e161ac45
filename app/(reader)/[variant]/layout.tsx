import type { Metadata, Viewport } from 'next';
import { SiteFooter } from '@/components/reader/site-footer';
import { SiteHeader } from '@/components/reader/site-header';
import { releaseRenderStackWhenDone } from '@/lib/release-render-stack';
import { loadSiteChrome } from '@/lib/reader/loaders';
import { variantOfSegment } from '@/lib/reader/request';
import { variantLang } from '@/lib/reader/variant';
import '@/app/globals.css';

// Reader pages are rendered on a first visit and then served from Next's page cache until a
// change expires their tags (lib/reader/revalidate.ts) or the safety period below passes.
// Nothing is rendered at build time, so the build never touches the database.
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = {
  title: { default: '責編 Zebian', template: '%s' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

type Props = { children: React.ReactNode; params: Promise<{ variant: string }> };

export default async function ReaderRootLayout({ children, params }: Props) {
  releaseRenderStackWhenDone();
  // An unknown segment renders the chrome in the default script; its page answers 404.
  const rv = await variantOfSegment((await params).variant);
  const { channels, settings } = await loadSiteChrome(rv.variant);
  return (
    <html lang={variantLang[rv.variant]}>
      <body>
        <div className="reader">
          <SiteHeader siteName={settings.siteName} channels={channels} rv={rv} />
          <main id="main" className="reader-main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter siteName={settings.siteName} copyright={settings.copyright} links={settings.footerLinks} rv={rv} />
        </div>
      </body>
    </html>
  );
}
