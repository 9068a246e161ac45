'use client';

import { type MouseEvent, useActionState, useState } from 'react';
import { mediaRenditionUrl } from '@/components/reader/media-image';
import { FormMessage } from '@/components/ui/form-message';
import { setMediaFocusAction } from '@/lib/actions/media';

const clamp = (v: number) => Math.min(100, Math.max(0, Math.round(v)));

/**
 * 焦點: click the photo (or type the percentages) to choose what stays in view when a card, the
 * front page or a social card cuts it to another shape; the crops below show the result.
 */
export function FocalPointForm({ id, fileKey, focalX, focalY, readOnly }: { id: number; fileKey: string; focalX: number; focalY: number; readOnly: boolean }) {
  const [state, action, pending] = useActionState(setMediaFocusAction, null);
  const [x, setX] = useState(focalX);
  const [y, setY] = useState(focalY);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const src = mediaRenditionUrl(fileKey, 640);
  const position = `${x}% ${y}%`;

  const pick = (event: MouseEvent<HTMLDivElement>) => {
    if (readOnly) return;
    const box = event.currentTarget.getBoundingClientRect();
    setX(clamp(((event.clientX - box.left) / box.width) * 100));
    setY(clamp(((event.clientY - box.top) / box.height) * 100));
  };
  const number = (value: number, set: (v: number) => void) => ({
    type: 'number' as const,
    min: 0,
    max: 100,
    step: 1,
    value,
    readOnly,
    onChange: (e: { target: { value: string } }) => set(e.target.value === '' ? 0 : clamp(Number(e.target.value))),
  });

  return (
    <form action={action} className="stack ws-form focal-form" aria-labelledby="focal-heading">
      <h2 id="focal-heading">焦點</h2>
      <p className="hint">{readOnly ? '裁切成卡片或分享圖時，保留在畫面中的位置。' : '在圖上點一下要保留在畫面中的位置（人臉、主體），卡片與分享圖裁切時會以此為中心。'}</p>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      {/* Pointer users click; the numbers below do the same from the keyboard. */}
      <div className={`focal-picker${readOnly ? '' : ' can-pick'}`} onClick={pick} aria-hidden="true">
        {/* eslint-disable-next-line @next/next/no-img-element -- our own media route serves the bytes */}
        <img src={src} alt="" draggable={false} />
        <span className="focal-marker" style={{ left: `${x}%`, top: `${y}%` }} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="focal-x">焦點左右（%）</label>
          <input id="focal-x" name="focalX" {...number(x, setX)} aria-invalid={errors?.focalX?.length ? true : undefined} />
          {errors?.focalX?.length ? <p className="field-error">{errors.focalX.join('；')}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="focal-y">焦點上下（%）</label>
          <input id="focal-y" name="focalY" {...number(y, setY)} aria-invalid={errors?.focalY?.length ? true : undefined} />
          {errors?.focalY?.length ? <p className="field-error">{errors.focalY.join('；')}</p> : null}
        </div>
      </div>
      <div className="focal-crops" aria-label="裁切預覽">
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element -- our own media route serves the bytes */}
          <img src={src} alt="" style={{ objectPosition: position }} className="focal-crop-wide" />
          <figcaption>分享圖（1.91:1）</figcaption>
        </figure>
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element -- our own media route serves the bytes */}
          <img src={src} alt="" style={{ objectPosition: position }} className="focal-crop-card" />
          <figcaption>頻道卡片</figcaption>
        </figure>
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element -- our own media route serves the bytes */}
          <img src={src} alt="" style={{ objectPosition: position }} className="focal-crop-square" />
          <figcaption>方形</figcaption>
        </figure>
      </div>
      {readOnly ? null : (
        <button type="submit" className="button primary" disabled={pending}>
          儲存焦點
        </button>
      )}
    </form>
  );
}
