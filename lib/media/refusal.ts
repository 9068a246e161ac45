/** Why an upload was refused: an expected outcome with a zh-Hant message and an HTTP status. */
export type RefusalReason = 'too_large' | 'type_refused' | 'corrupt' | 'empty';

const statusOf: Record<RefusalReason, number> = { too_large: 413, type_refused: 415, corrupt: 400, empty: 400 };

export class MediaRefusal extends Error {
  readonly status: number;
  constructor(
    readonly reason: RefusalReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MediaRefusal';
    this.status = statusOf[reason];
  }
}

export const refusals = {
  typeRefused: () => new MediaRefusal('type_refused', '不支援這種檔案：圖片請用 JPEG、PNG、WebP、AVIF 或 GIF，影片請用 MP4 或 WebM'),
  corrupt: (cause?: unknown) => new MediaRefusal('corrupt', '檔案已損壞或不完整，無法讀取', { cause }),
  empty: () => new MediaRefusal('empty', '請選擇要上傳的檔案'),
};
