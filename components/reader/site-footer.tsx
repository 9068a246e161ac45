import { type ReaderVariant } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';

/** The statement in full sits under each article; the footer keeps it one click away. */
export function SiteFooter({ siteName, copyright, links, rv }: { siteName: string; copyright: string[]; links: { label: string; href: string }[]; rv: ReaderVariant }) {
  const t = (text: string) => inScript(rv.variant, text);
  return (
    <footer className="site-footer">
      {links.length ? (
        <nav aria-label={t('網站資訊')}>
          <ul className="footer-links">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {copyright.length ? (
        <details className="copyright">
          <summary>{t(`${siteName}版權聲明`)}</summary>
          {copyright.map((clause, i) => (
            <p key={i}>{clause}</p>
          ))}
        </details>
      ) : null}
      <p className="footer-line">
        © {siteName} · <a href="/feed.xml">RSS</a> · {t('由責編 Zebian 提供技術支援')}
      </p>
    </footer>
  );
}
