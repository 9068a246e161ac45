import Link from 'next/link';
import { inScript } from '@/lib/reader/in-script';
import { readerVariant } from '@/lib/reader/request';
import { hrefIn } from '@/lib/reader/variant';

// One page for every story or address a reader may not see: unknown, unpublished, scheduled or
// deleted look the same.
export default async function ReaderNotFound() {
  const rv = await readerVariant();
  const t = (text: string) => inScript(rv.variant, text);
  return (
    <div className="not-found">
      <h1>{t('找不到這個頁面')}</h1>
      <p>{t('你要找的內容不存在，或已經不再公開。')}</p>
      <p>
        <Link href={hrefIn(rv, '/')}>{t('回到首頁')}</Link>
      </p>
    </div>
  );
}
