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

/** One item offered by the library picker (從圖庫選擇). */
export interface LibraryPick {
  id: number;
  fileKey: string;
  kind: 'image' | 'video';
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  originalName: string;
  /** A video's poster image key, for its thumbnail. */
  posterKey: string | null;
}

export interface LibraryPage {
  items: LibraryPick[];
  /** Pass as `before` for the next page; absent on the last one. */
  nextBefore?: number;
}
