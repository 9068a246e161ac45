'use client';

import { useRouter } from 'next/navigation';
import { MediaUploader } from '@/components/media/media-uploader';

/** The library's upload box: the grid refreshes as each file arrives. */
export function LibraryUploader() {
  const router = useRouter();
  return <MediaUploader accept="all" multiple onUploaded={() => router.refresh()} />;
}
