export function SiteFooter({ siteName, copyright }: { siteName: string; copyright: string[] }) {
  return (
    <footer className="site-footer">
      {copyright.length ? (
        <section aria-labelledby="copyright-heading" className="copyright">
          <h2 id="copyright-heading">{siteName}版權聲明</h2>
          {copyright.map((clause, i) => (
            <p key={i}>{clause}</p>
          ))}
        </section>
      ) : null}
      <p className="footer-line">
        © {siteName} · 由責編 Zebian 提供技術支援
      </p>
    </footer>
  );
}
