import { type Variant } from '@/lib/reader/variant';
import { inScript } from '@/lib/reader/in-script';
import { formatPublishTime } from '@/lib/time';

/** The meta line under the headline: publish time, 來源 and 責編, as on a portal's article page. */
export function ArticleMeta({
  publishedAt,
  sourceName,
  editorName,
  timeZone,
  variant = 'hant',
}: {
  publishedAt: Date | null;
  sourceName: string;
  editorName: string | null;
  timeZone: string;
  variant?: Variant;
}) {
  return (
    <p className="article-meta">
      {publishedAt ? <time dateTime={publishedAt.toISOString()}>{formatPublishTime(publishedAt, timeZone)}</time> : <span>{inScript(variant, '未發佈')}</span>}
      {sourceName ? <span>{inScript(variant, '來源：')}{sourceName}</span> : null}
      {editorName ? <span>{inScript(variant, '責編：')}{editorName}</span> : null}
    </p>
  );
}
