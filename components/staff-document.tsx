import type { Metadata, Viewport } from 'next';
import { releaseRenderStackWhenDone } from '@/lib/release-render-stack';
import '@/app/globals.css';

// The document around the workspace, sign-in and password pages. Each of those folders is a
// root layout of its own because the reader's root layout sets <html lang> per script.
export const staffMetadata: Metadata = {
  title: { default: '責編 Zebian', template: '%s' },
};

export const staffViewport: Viewport = { width: 'device-width', initialScale: 1 };

export function StaffDocument({ children }: { children: React.ReactNode }) {
  releaseRenderStackWhenDone();
  return (
    <html lang="zh-Hant">
      <body>{children}</body>
    </html>
  );
}
