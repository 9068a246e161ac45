/** What the upload endpoint answers with; the story editor's gallery codes against it. */
export interface UploadedMedia {
  id: number;
  fileKey: string;
  kind: 'image' | 'video';
  mimeType: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  /** True when the same bytes were already stored: the existing item is returned. */
  duplicate: boolean;
}

export type UploadAnswer = { ok: true; media: UploadedMedia } | { ok: false; message: string };
