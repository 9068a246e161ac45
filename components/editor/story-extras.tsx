'use client';

import { useMemo } from 'react';
import { mediaRenditionUrl } from '@/components/reader/media-image';
import { articlePath } from '@/lib/reader/article-path';
import { summaryOf } from '@/lib/reader/summary';
import { documentText, type RichNode } from '@/lib/rich-text/document';
import { SUMMARY_MAX, type StoryFields, storySlugField } from '@/lib/schemas/story';
import type { PhotoInfo } from './gallery-panel';

type Errors = Record<string, string[] | undefined>;

/** The card's text when no 摘要 is written: what readers would get, as the reader derives it. */
function derivedSummary(fields: StoryFields): string {
  const note = fields.editorsNote?.trim();
  if (note) return summaryOf(note, 140);
  const body = fields.body && typeof fields.body === 'object' ? documentText(fields.body as RichNode) : '';
  return summaryOf(body, 140);
}

/**
 * 網址代稱, 摘要 and a preview of the card social networks show (image, title, summary), as
 * WordPress and Ghost put them beside the text.
 */
export function StoryExtras({
  storyId,
  fields,
  set,
  photos,
  errors,
  readOnly,
}: {
  storyId: number | null;
  fields: StoryFields;
  set: (patch: Partial<StoryFields>) => void;
  photos: Record<number, PhotoInfo>;
  errors: Errors;
  readOnly: boolean;
}) {
  const slug = fields.slug ?? '';
  const summary = fields.summary ?? '';
  // Checked as the server checks it, so the message comes while typing, not after 存草稿.
  const slugCheck = storySlugField.safeParse(slug);
  const slugErrors = [...(slugCheck.success ? [] : slugCheck.error.issues.map((i) => i.message)), ...(errors.slug ?? [])];
  const shownSlug = slugCheck.success ? slugCheck.data : null;
  const summaryLength = Array.from(summary).length;
  const summaryErrors = [...(summaryLength > SUMMARY_MAX ? [`摘要不可超過 ${SUMMARY_MAX} 個字`] : []), ...(errors.summary ?? [])];
  const fallback = useMemo(() => derivedSummary(fields), [fields]);
  const lead = fields.gallery[0];
  const leadPhoto = lead ? photos[lead.mediaId] : undefined;
  const address = storyId === null ? '（存草稿後產生編號）' : articlePath(storyId, shownSlug);
  const cardTitle = fields.subtitle ? `${fields.title}——${fields.subtitle}` : fields.title;

  return (
    <section className="story-extras" aria-labelledby="story-extras-heading">
      <h2 id="story-extras-heading">網址與分享</h2>
      <div className="field">
        <label htmlFor="story-slug">網址代稱</label>
        <input
          id="story-slug"
          value={slug}
          disabled={readOnly}
          inputMode="url"
          autoCapitalize="off"
          spellCheck={false}
          placeholder="例如 lantern-festival-opens"
          aria-invalid={slugErrors.length ? true : undefined}
          aria-describedby={`story-slug-hint${slugErrors.length ? ' story-slug-error' : ''}`}
          onChange={(e) => set({ slug: e.target.value })}
        />
        <p className="hint-inline" id="story-slug-hint">
          網址：<span className="story-address">{address}</span>。用小寫英文字母、數字和連字號；改了以後，舊網址會自動轉到新網址。
        </p>
        {slugErrors.length ? (
          <p className="field-error" id="story-slug-error">
            {slugErrors.join('；')}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="story-summary">摘要</label>
        <textarea
          id="story-summary"
          rows={3}
          value={summary}
          disabled={readOnly}
          placeholder={fallback ? `留空則用：${fallback}` : '留空則用編者按或正文開頭'}
          aria-invalid={summaryErrors.length ? true : undefined}
          aria-describedby={`story-summary-count${summaryErrors.length ? ' story-summary-error' : ''}`}
          onChange={(e) => set({ summary: e.target.value })}
        />
        <p className="hint-inline" id="story-summary-count">
          用於頻道卡片、RSS 與搜尋結果的說明文字（{summaryLength}/{SUMMARY_MAX} 字）。
        </p>
        {summaryErrors.length ? (
          <p className="field-error" id="story-summary-error">
            {summaryErrors.join('；')}
          </p>
        ) : null}
      </div>
      <figure className="social-preview" aria-label="社群分享預覽">
        <figcaption className="field-label">社群分享預覽</figcaption>
        <div className="social-card">
          {leadPhoto ? (
            // eslint-disable-next-line @next/next/no-img-element -- our own media route serves the bytes
            <img
              src={mediaRenditionUrl(leadPhoto.fileKey, 640)}
              alt=""
              className="social-card-image"
              style={{ objectPosition: `${leadPhoto.focalX ?? 50}% ${leadPhoto.focalY ?? 50}%` }}
            />
          ) : (
            <div className="social-card-image social-card-no-image">沒有圖片：分享時只顯示文字。加入圖集的第一張會成為分享圖。</div>
          )}
          <div className="social-card-text">
            <p className="social-card-address">{address}</p>
            <p className="social-card-title">{cardTitle || '（未填標題）'}</p>
            <p className="social-card-summary">{summary.trim() || fallback || '（沒有摘要）'}</p>
          </div>
        </div>
      </figure>
    </section>
  );
}
