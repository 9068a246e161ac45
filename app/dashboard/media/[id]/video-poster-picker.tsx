'use client';

import { useActionState, useTransition } from 'react';
import { MediaUploader } from '@/components/media/media-uploader';
import { FormMessage } from '@/components/ui/form-message';
import { setVideoPosterAction } from '@/lib/actions/media';

/** A video's poster is an image the uploader chooses: uploaded here (or reused, when the same bytes exist). */
export function VideoPosterPicker({ videoId, hasPoster }: { videoId: number; hasPoster: boolean }) {
  const [state, action, pending] = useActionState(setVideoPosterAction, null);
  const [, startTransition] = useTransition();
  const submit = (posterId: number | '') => {
    const form = new FormData();
    form.set('id', String(videoId));
    form.set('posterId', String(posterId));
    startTransition(() => action(form));
  };
  return (
    <div className="stack">
      <FormMessage state={state} />
      <MediaUploader accept="image" multiple={false} label="上傳封面圖片" onUploaded={(media) => submit(media.id)} />
      {hasPoster ? (
        <button type="button" className="button" disabled={pending} onClick={() => submit('')}>
          移除封面
        </button>
      ) : null}
    </div>
  );
}
