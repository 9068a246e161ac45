import type { Metadata } from 'next';
import Link from 'next/link';
import { Highlighted } from '@/components/reader/highlighted';
import { articleHref } from '@/components/reader/story-list';
import { loadSiteChrome } from '@/lib/reader/loaders';
import { readerVariant } from '@/lib/reader/request';
import { searchStories } from '@/lib/reader/search';
import { maxQueryLength, parseSearchQuery } from '@/lib/reader/search-text';
import { hrefIn } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';
import { formatDate } from '@/lib/time';

// Every query is its own page: rendered per request from the search index, never cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ variant: string }>; searchParams: Promise<{ q?: string | string[]; after?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ q }, rv] = await Promise.all([searchParams, readerVariant(params)]);
  const parsed = parseSearchQuery(q);
  const { settings } = await loadSiteChrome(rv.variant);
  const label = inScript(rv.variant, '搜尋');
  return {
    title: parsed.kind === 'ok' ? `${parsed.query} - ${label} | ${settings.siteName}` : `${label} | ${settings.siteName}`,
    // Result pages are for readers, not for the index.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const [{ q, after }, rv] = await Promise.all([searchParams, readerVariant(params)]);
  const t = (text: string) => inScript(rv.variant, text);
  const parsed = parseSearchQuery(q);
  const { settings } = await loadSiteChrome(rv.variant);
  const cursor = typeof after === 'string' ? after : null;
  const results = parsed.kind === 'ok' ? await searchStories(parsed.folded, cursor, rv.variant) : null;
  const action = hrefIn(rv, '/search');
  return (
    <section className="search-page" aria-labelledby="search-heading">
      <h1 id="search-heading">{parsed.kind === 'ok' ? `${t('搜尋')}：${parsed.query}` : t('搜尋')}</h1>
      <form action={action} method="get" className="search-form" role="search" aria-label={t('搜尋新聞')}>
        <label htmlFor="search-page-q">{t('搜尋字詞')}</label>
        <input id="search-page-q" name="q" type="search" maxLength={maxQueryLength} defaultValue={parsed.kind === 'empty' ? '' : parsed.query} />
        <button type="submit">{t('搜尋')}</button>
      </form>
      {parsed.kind === 'empty' ? <p className="search-note">{t('請輸入要找的字詞，例如地名、人名或事件。繁體、简体都可以。')}</p> : null}
      {parsed.kind === 'punctuation' ? <p className="search-note">{t('只有標點符號無法搜尋，請輸入文字或數字。')}</p> : null}
      {parsed.kind === 'ok' && parsed.truncated ? <p className="search-note">{t(`字詞太長，只用前 ${maxQueryLength} 個字搜尋。`)}</p> : null}
      {results?.bounded ? <p className="search-note">{t('一兩個字的搜尋只查最近的新聞；多輸入幾個字可以找得更準、更全。')}</p> : null}
      {results ? (
        results.hits.length ? (
          <>
            <ol className="search-results" aria-label={t('搜尋結果')}>
              {results.hits.map((hit) => (
                <li key={hit.id}>
                  <h2>
                    <Link href={hrefIn(rv, articleHref(hit.id))}>
                      <Highlighted segments={hit.title} />
                    </Link>
                  </h2>
                  <p className="search-snippet">
                    <Highlighted segments={hit.snippet} />
                  </p>
                  {hit.publishedAt ? (
                    <time dateTime={hit.publishedAt.toISOString()} className="muted">
                      {formatDate(hit.publishedAt, settings.timeZone)}
                    </time>
                  ) : null}
                </li>
              ))}
            </ol>
            <nav aria-label={t('分頁')} className="pager">
              {cursor ? <Link href={`${action}?q=${encodeURIComponent(parsed.kind === 'ok' ? parsed.query : '')}`}>{t('回到第一頁')}</Link> : null}
              {results.next ? (
                <Link href={`${action}?q=${encodeURIComponent(parsed.kind === 'ok' ? parsed.query : '')}&after=${results.next}`} rel="next">
                  {t('下一頁')}
                </Link>
              ) : null}
            </nav>
          </>
        ) : (
          <p className="search-note">{cursor ? t('沒有更多結果了。') : t('找不到相符的新聞，換個字詞試試。')}</p>
        )
      ) : null}
    </section>
  );
}
