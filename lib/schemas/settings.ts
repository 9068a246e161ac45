import { z } from 'zod';
import { isSafeHref } from '@/lib/rich-text/document';
import { isValidTimeZone } from '@/lib/time';

export const MAX_FOOTER_LINKS = 12;

/** The site logo: an https address or a path on this site (never a protocol-relative //host). */
function isLogoUrl(value: string): boolean {
  if (/^\/(?![/\\])/.test(value)) return !/[\s<>"]/.test(value);
  try {
    return new URL(value).protocol === 'https:' && !/[\s<>"]/.test(value);
  } catch {
    return false;
  }
}
const MAX_CLAUSES = 20;

/** One clause per line: blank lines and surrounding spaces are dropped. */
function clausesFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const footerLink = (n: number) =>
  z.object({
    label: z.string().trim().max(30, `第 ${n} 個連結的名稱不可超過 30 個字`),
    href: z.string().trim().max(2000, `第 ${n} 個連結的網址過長`),
  });

/** The footer link rows of the form, `footerLinkLabel-0` / `footerLinkHref-0` …; empty rows are skipped. */
function footerLinksFrom(raw: Record<string, unknown>) {
  const rows: { label: unknown; href: unknown }[] = [];
  for (let i = 0; i < MAX_FOOTER_LINKS; i++) rows.push({ label: raw[`footerLinkLabel-${i}`] ?? '', href: raw[`footerLinkHref-${i}`] ?? '' });
  return rows;
}

export const settingsInput = z.preprocess(
  (raw) => (raw && typeof raw === 'object' ? { ...raw, footerLinks: footerLinksFrom(raw as Record<string, unknown>) } : raw),
  z.object({
    siteName: z.string({ error: '請輸入網站名稱' }).trim().min(1, '請輸入網站名稱').max(40, '網站名稱不可超過 40 個字'),
    timeZone: z
      .string({ error: '請輸入時區' })
      .trim()
      .min(1, '請輸入時區')
      .refine(isValidTimeZone, '時區無效，請輸入如 Asia/Shanghai 的時區名稱'),
    copyright: z
      .string()
      .default('')
      .transform(clausesFromText)
      .pipe(
        z
          .array(z.string().max(2000, '每條版權聲明不可超過 2000 個字'))
          .max(MAX_CLAUSES, `版權聲明最多 ${MAX_CLAUSES} 條`),
      ),
    reprintDisclaimer: z.string().trim().max(2000, '轉載聲明不可超過 2000 個字').default(''),
    footerLinks: z
      .array(z.unknown())
      .transform((rows, ctx) => {
        const links: { label: string; href: string }[] = [];
        rows.forEach((row, i) => {
          const parsed = footerLink(i + 1).safeParse(row);
          if (!parsed.success) {
            for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
            return;
          }
          const { label, href } = parsed.data;
          if (!label && !href) return;
          if (!label) ctx.addIssue({ code: 'custom', message: `第 ${i + 1} 個連結缺少名稱` });
          else if (!isSafeHref(href)) ctx.addIssue({ code: 'custom', message: `第 ${i + 1} 個連結的網址無效：請用 https://、http://、mailto: 或 / 開頭的站內路徑` });
          else links.push({ label, href });
        });
        return links;
      }),
    defaultVariant: z.enum(['hant', 'hans'], { error: '請選擇預設文字' }),
    logoUrl: z
      .string()
      .trim()
      .max(2000, '標誌網址過長')
      .default('')
      .transform((v) => v || '/logo.png')
      .refine(isLogoUrl, '標誌網址無效：請用 https:// 開頭的網址或 / 開頭的站內路徑'),
  }),
);

