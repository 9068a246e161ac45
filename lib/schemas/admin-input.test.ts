import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelInput, mergeChannelInput } from './channels';
import { settingsInput } from './settings';
import { changeRoleInput, ownPasswordInput } from './staff';
import { topicInput } from './topics';

const errorsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return z.flattenError(result.error!).fieldErrors as Record<string, string[] | undefined>;
};

describe('channel input', () => {
  it('normalises a slug and reads an empty parent as top level', () => {
    expect(channelInput.parse({ name: ' 要聞 ', slug: ' News-2026 ', kind: 'list', parentId: '' })).toEqual({ name: '要聞', slug: 'news-2026', kind: 'list', parentId: null });
    expect(channelInput.parse({ name: '延邊', slug: 'yanbian', parentId: '3' })).toMatchObject({ kind: 'list', parentId: 3 });
  });

  it.each([
    [{ name: '', slug: 'a' }, 'name', '請輸入頻道名稱'],
    [{ name: '甲', slug: '' }, 'slug', '請輸入網址代稱'],
    [{ name: '甲', slug: '要聞' }, 'slug', '網址代稱只能用小寫英文字母、數字和連字號（不可在開頭或結尾）'],
    [{ name: '甲', slug: '-news' }, 'slug', '網址代稱只能用小寫英文字母、數字和連字號（不可在開頭或結尾）'],
    [{ name: '甲', slug: 'news', kind: 'podcast' }, 'kind', '請選擇類型'],
    [{ name: '甲', slug: 'news', parentId: 'x' }, 'parentId', '找不到上層頻道'],
  ])('refuses %j with a message on %s', (input, field, message) => {
    expect(errorsOf(channelInput, input)[field]).toContain(message);
  });

  it('merging needs a target channel', () => {
    expect(errorsOf(mergeChannelInput, { channelId: '1', intoId: '' }).intoId).toContain('請選擇要合併到的頻道');
  });
});

describe('topic input', () => {
  it('accepts a topic without a cover', () => {
    expect(topicInput.parse({ title: '冰雪季', slug: 'ice', summary: ' 冬天 ', coverMediaId: '' })).toEqual({ title: '冰雪季', slug: 'ice', summary: '冬天', coverMediaId: null });
  });
  it('refuses an empty title and a bad slug', () => {
    const errors = errorsOf(topicInput, { title: ' ', slug: 'a b' });
    expect(errors.title).toContain('請輸入標題');
    expect(errors.slug).toBeDefined();
  });
});

describe('staff input for admins and profiles', () => {
  it('a role change names a known role', () => {
    expect(changeRoleInput.parse({ staffId: '4', role: 'editor' })).toEqual({ staffId: 4, role: 'editor' });
    expect(errorsOf(changeRoleInput, { staffId: '4', role: 'owner' }).role).toContain('請選擇角色');
  });
  it('changing one’s own password needs two matching new ones (the action asks for the current one)', () => {
    const errors = errorsOf(ownPasswordInput, { current: '', password: 'long-enough-1', confirm: 'long-enough-2' });
    expect(errors.current).toBeUndefined();
    expect(errors.confirm).toContain('兩次輸入的新密碼不一致');
  });
});

describe('settings input', () => {
  const valid = {
    siteName: '責編新聞網',
    timeZone: 'Asia/Taipei',
    copyright: '一、第一條\r\n\r\n  二、第二條  \n',
    reprintDisclaimer: '轉載稿件不代表本網觀點。',
    defaultVariant: 'hans',
    'footerLinkLabel-0': '關於我們',
    'footerLinkHref-0': '/about',
    'footerLinkLabel-1': '',
    'footerLinkHref-1': '',
    'footerLinkLabel-2': '聯絡',
    'footerLinkHref-2': 'mailto:desk@news.example',
  };

  it('reads one copyright clause per line and skips empty link rows', () => {
    expect(settingsInput.parse(valid)).toEqual({
      siteName: '責編新聞網',
      timeZone: 'Asia/Taipei',
      copyright: ['一、第一條', '二、第二條'],
      reprintDisclaimer: '轉載稿件不代表本網觀點。',
      footerLinks: [
        { label: '關於我們', href: '/about' },
        { label: '聯絡', href: 'mailto:desk@news.example' },
      ],
      defaultVariant: 'hans',
      logoUrl: '/logo.png',
    });
    expect(settingsInput.parse({ ...valid, logoUrl: 'https://cdn.news.example/logo.png' }).logoUrl).toBe('https://cdn.news.example/logo.png');
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'timeZone', '時區無效，請輸入如 Asia/Shanghai 的時區名稱'],
    [{ siteName: '' }, 'siteName', '請輸入網站名稱'],
    [{ 'footerLinkHref-0': 'javascript:alert(1)' }, 'footerLinks', '第 1 個連結的網址無效：請用 https://、http://、mailto: 或 / 開頭的站內路徑'],
    [{ 'footerLinkHref-0': '//evil.example' }, 'footerLinks', '第 1 個連結的網址無效：請用 https://、http://、mailto: 或 / 開頭的站內路徑'],
    [{ 'footerLinkLabel-2': '' }, 'footerLinks', '第 3 個連結缺少名稱'],
    [{ defaultVariant: 'latin' }, 'defaultVariant', '請選擇預設文字'],
    [{ logoUrl: 'http://cdn.news.example/logo.png' }, 'logoUrl', '標誌網址無效：請用 https:// 開頭的網址或 / 開頭的站內路徑'],
    [{ logoUrl: '//evil.example/logo.png' }, 'logoUrl', '標誌網址無效：請用 https:// 開頭的網址或 / 開頭的站內路徑'],
    [{ logoUrl: 'javascript:alert(1)' }, 'logoUrl', '標誌網址無效：請用 https:// 開頭的網址或 / 開頭的站內路徑'],
  ])('refuses %j with a message on %s', (change, field, message) => {
    expect(errorsOf(settingsInput, { ...valid, ...change })[field]).toContain(message);
  });
});
