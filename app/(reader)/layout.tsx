import { SiteFooter } from '@/components/reader/site-footer';
import { SiteHeader } from '@/components/reader/site-header';
import { loadSiteChrome } from '@/lib/reader/loaders';

// Reader pages read the database per request for now; the reader issue moves them to Next's
// cache with revalidation by tag (the build itself must never touch the database).
export const dynamic = 'force-dynamic';

export default async function ReaderLayout({ children }: { children: React.ReactNode }) {
  const { channels, settings } = await loadSiteChrome();
  return (
    <div className="reader">
      <SiteHeader siteName={settings.siteName} channels={channels} />
      <main id="main" className="reader-main">
        {children}
      </main>
      <SiteFooter siteName={settings.siteName} copyright={settings.copyright} />
    </div>
  );
}
