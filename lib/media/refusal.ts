import { RuleError } from '@/lib/errors';

/**
 * Why an upload was refused. A refusal is a RuleError like any other broken rule: its code gives
 * the HTTP status (413, 415 or 400) and its message is what the uploader is told.
 */
type RefusalReason = 'too_large' | 'type_refused' | 'corrupt' | 'empty';

const codeOf = { too_large: 'too_large', type_refused: 'unsupported', corrupt: 'invalid', empty: 'invalid' } as const;

export function mediaRefusal(reason: RefusalReason, message: string, cause?: unknown): RuleError {
  return new RuleError(codeOf[reason], reason, message, { cause });
}

export const refusals = {
  typeRefused: () => mediaRefusal('type_refused', '不支援這種檔案：圖片請用 JPEG、PNG、WebP、AVIF 或 GIF，影片請用 MP4 或 WebM'),
  corrupt: (cause?: unknown) => mediaRefusal('corrupt', '檔案已損壞或不完整，無法讀取', cause),
  empty: () => mediaRefusal('empty', '請選擇要上傳的檔案'),
};
