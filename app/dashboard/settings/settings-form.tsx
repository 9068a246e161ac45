'use client';

import { useActionState } from 'react';
import { Field, SelectField, TextAreaField } from '@/components/ui/field';
import { keepFieldsOnSubmit } from '@/components/dashboard/keep-fields-on-submit';
import { FormMessage } from '@/components/ui/form-message';
import type { EditableSettings } from '@/db/queries/settings';
import { MAX_FOOTER_LINKS } from '@/lib/schemas/settings';
import { updateSettingsAction } from '@/lib/actions/settings';

export function SettingsForm({ settings }: { settings: EditableSettings }) {
  const [state, action, pending] = useActionState(updateSettingsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // Room for two more links than are saved, up to the limit.
  const rows = Math.min(MAX_FOOTER_LINKS, settings.footerLinks.length + 2);
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="stack ws-form settings-form" noValidate aria-label="網站設定">
      <FormMessage state={state} />
      <Field label="網站名稱" name="siteName" defaultValue={settings.siteName} required limit={40} errors={errors?.siteName} />
      <Field label="時區" name="timeZone" defaultValue={settings.timeZone} required limit={64} errors={errors?.timeZone} />
      <p className="hint">IANA 時區名稱，如 Asia/Shanghai、Asia/Taipei、Asia/Hong_Kong；發佈時間依此顯示。</p>
      <Field label="網站標誌網址" name="logoUrl" defaultValue={settings.logoUrl} limit={2000} errors={errors?.logoUrl} />
      <p className="hint">搜尋引擎結構化資料（NewsArticle 的 publisher.logo）所用的 PNG、JPEG 或 WebP 圖片，至少 112×112 像素；https:// 開頭的網址或 / 開頭的站內路徑。留空則用預設的 /logo.png。</p>
      <SelectField
        label="預設文字"
        name="defaultVariant"
        defaultValue={settings.defaultVariant}
        options={[
          { value: 'hant', label: '繁體' },
          { value: 'hans', label: '简体' },
        ]}
        errors={errors?.defaultVariant}
      />
      <TextAreaField
        label="版權聲明"
        name="copyright"
        defaultValue={settings.copyright.join('\n')}
        rows={10}
        hint="每行一條，依序顯示在每篇新聞下方；條號請寫在句首，如「一、」。"
        errors={errors?.copyright}
      />
      <TextAreaField
        label="轉載聲明"
        name="reprintDisclaimer"
        defaultValue={settings.reprintDisclaimer}
        rows={3}
        limit={2000}
        hint="顯示在轉載（非原創）新聞下方。"
        errors={errors?.reprintDisclaimer}
      />
      <fieldset className="footer-links" aria-describedby={errors?.footerLinks ? 'footer-links-error' : undefined}>
        <legend>頁尾連結</legend>
        <p className="field-hint">網址可用 https://、http://、mailto: 或 / 開頭的站內路徑；兩欄都留空的列不儲存。</p>
        {Array.from({ length: rows }, (_, i) => (
          <div className="footer-link-row" key={i}>
            <div className="field">
              <label htmlFor={`footer-link-label-${i}`}>連結名稱 {i + 1}</label>
              <input id={`footer-link-label-${i}`} name={`footerLinkLabel-${i}`} defaultValue={settings.footerLinks[i]?.label ?? ''} />
            </div>
            <div className="field">
              <label htmlFor={`footer-link-href-${i}`}>連結網址 {i + 1}</label>
              <input id={`footer-link-href-${i}`} name={`footerLinkHref-${i}`} defaultValue={settings.footerLinks[i]?.href ?? ''} inputMode="url" />
            </div>
          </div>
        ))}
        {errors?.footerLinks ? (
          <p className="field-error" id="footer-links-error">
            {errors.footerLinks.join('；')}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className="button primary" disabled={pending}>
        儲存設定
      </button>
    </form>
  );
}
