type ScriptHrefs = { hant: string; hans: string };

/** 繁體 / 简体 links: the same markup from the server and after hydration, so nothing moves. */
export function ScriptLinks({ current, label, hrefs }: { current: 'hant' | 'hans'; label: string; hrefs: ScriptHrefs }) {
  return (
    <p className="script-toggle" role="group" aria-label={label}>
      <a href={hrefs.hant} hrefLang="zh-Hant" lang="zh-Hant" aria-current={current === 'hant' ? 'true' : undefined}>
        繁體
      </a>
      <a href={hrefs.hans} hrefLang="zh-Hans" lang="zh-Hans" aria-current={current === 'hans' ? 'true' : undefined}>
        简体
      </a>
    </p>
  );
}
