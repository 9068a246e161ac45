import { formatPublishTime } from '@/lib/time';

/** The meta line under the headline: publish time, 來源 and 責編, as on a portal's article page. */
export function ArticleMeta({ publishedAt, sourceName, editorName, timeZone }: { publishedAt: Date; sourceName: string; editorName: string | null; timeZone: string }) {
  return (
    <p className="article-meta">
      <time dateTime={publishedAt.toISOString()}>{formatPublishTime(publishedAt, timeZone)}</time>
      {sourceName ? <span>來源：{sourceName}</span> : null}
      {editorName ? <span>責編：{editorName}</span> : null}
    </p>
  );
}
