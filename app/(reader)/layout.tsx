import { SiteFooter } from '@/components/reader/site-footer';
import { SiteHeader } from '@/components/reader/site-header';
import { loadSiteChrome } from '@/lib/reader/loaders';
import { readerVariant } from '@/lib/reader/request';

// Rendered per request (the variant comes from the request), from data in Next's cache
// (lib/reader/loaders.ts). Never prerendered, so the build does not touch the database.
export const dynamic = 'force-dynamic';

export default async function ReaderLayout({ children }: { children: React.ReactNode }) {
  const rv = await readerVariant();
  const { channels, settings } = await loadSiteChrome(rv.variant);
  return (
    <div className="reader">
      <SiteHeader siteName={settings.siteName} channels={channels} rv={rv} />
      <main id="main" className="reader-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter siteName={settings.siteName} copyright={settings.copyright} links={settings.footerLinks} rv={rv} />
    </div>
  );
}
