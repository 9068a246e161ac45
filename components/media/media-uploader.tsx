'use client';

import { useId, useRef, useState } from 'react';
import type { UploadAnswer, UploadedMedia } from '@/lib/media/types';

type Accept = 'image' | 'video' | 'all';

const acceptTypes: Record<Accept, string> = {
  image: 'image/jpeg,image/png,image/webp,image/avif,image/gif',
  video: 'video/mp4,video/webm',
  all: 'image/jpeg,image/png,image/webp,image/avif,image/gif,video/mp4,video/webm',
};
const defaultLabels: Record<Accept, string> = { image: '上傳圖片', video: '上傳影片', all: '上傳圖片或影片' };

interface Job {
  id: number;
  name: string;
  percent: number;
  state: 'waiting' | 'sending' | 'processing' | 'done' | 'failed';
  message: string;
}

/** Sends one file to POST /api/media, reporting the bytes sent as they go. */
function send(file: File, accept: Accept, onProgress: (percent: number) => void, onSent: () => void): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.append('file', file);
    form.append('accept', accept);
    // XMLHttpRequest, because fetch cannot report upload progress.
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/media');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.upload.onload = onSent;
    xhr.onload = () => {
      const body = xhr.response as UploadAnswer | null;
      resolve(body && typeof body === 'object' && 'ok' in body ? body : { ok: false, message: `上傳失敗（${xhr.status}），請稍後再試` });
    };
    xhr.onerror = () => resolve({ ok: false, message: '上傳失敗，請檢查網路連線後再試' });
    xhr.send(form);
  });
}

const stateText = (job: Job) =>
  ({
    waiting: '等待上傳',
    sending: `上傳中 ${job.percent}%`,
    processing: '處理中…',
    done: job.message,
    failed: `上傳失敗：${job.message}`,
  })[job.state];

/**
 * The upload widget: choose one or several files; each gets its own progress bar and result, or
 * the reason it was refused.
 * Files go one after another (the server processes photos one at a time anyway).
 */
export function MediaUploader({
  onUploaded,
  accept = 'image',
  multiple = true,
  label = defaultLabels[accept],
}: {
  onUploaded(media: UploadedMedia): void;
  accept?: Accept;
  multiple?: boolean;
  label?: string;
}) {
  const inputId = useId();
  const [jobs, setJobs] = useState<Job[]>([]);
  const nextId = useRef(0);
  const update = (id: number, change: Partial<Job>) => setJobs((all) => all.map((j) => (j.id === id ? { ...j, ...change } : j)));

  async function uploadAll(files: File[]) {
    const queued = files.map((file) => ({ file, job: { id: nextId.current++, name: file.name, percent: 0, state: 'waiting' as const, message: '' } }));
    setJobs((all) => [...queued.map((q) => q.job), ...all.filter((j) => j.state === 'sending' || j.state === 'processing' || j.state === 'waiting')]);
    for (const { file, job } of queued) {
      update(job.id, { state: 'sending' });
      const answer = await send(
        file,
        accept,
        (percent) => update(job.id, { percent }),
        () => update(job.id, { percent: 100, state: 'processing' }),
      );
      if (answer.ok) {
        update(job.id, { percent: 100, state: 'done', message: answer.media.duplicate ? '已上傳（媒體庫已有相同檔案，沿用原有項目）' : '已上傳' });
        onUploaded(answer.media);
      } else {
        update(job.id, { state: 'failed', message: answer.message });
      }
    }
  }

  return (
    <div className="media-uploader">
      <label htmlFor={inputId} className="button">
        {label}
      </label>
      <input
        id={inputId}
        className="media-uploader-input"
        type="file"
        accept={acceptTypes[accept]}
        multiple={multiple}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (files.length) void uploadAll(files);
        }}
      />
      {jobs.length ? (
        <ul className="media-uploads" aria-label="上傳進度">
          {jobs.map((job) => (
            <li key={job.id} className={`media-upload is-${job.state}`}>
              <span className="media-upload-name">{job.name}</span>
              {/* A refused file was often sent in full: a full bar would read as a success. */}
              {job.state === 'failed' ? (
                <span className="media-upload-failed" aria-hidden="true">
                  未上傳
                </span>
              ) : (
                <progress max={100} value={job.state === 'waiting' ? 0 : job.percent} aria-label={`${job.name} 上傳進度`} />
              )}
              <span role={job.state === 'failed' ? 'alert' : 'status'} className="media-upload-state">
                {stateText(job)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
