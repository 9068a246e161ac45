import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonField, storyFieldsInput } from './story';

const valid = {
  title: ' 河畔公園開放 ',
  subtitle: '',
  channelId: 3,
  sourceName: '北國新聞網',
  isOriginal: true,
  editorId: null,
  writerCredit: '林書安',
  photosCredit: null,
  photographerCredit: '',
  editorsNote: '',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '內文' }] }] },
  videoUrl: null,
  correction: null,
};

const errorsOf = (input: unknown) => {
  const result = storyFieldsInput.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('storyFieldsInput', () => {
  it('trims, turns empty optional text into null and defaults lists', () => {
    const parsed = storyFieldsInput.parse(valid);
    expect(parsed).toMatchObject({ title: '河畔公園開放', subtitle: null, photographerCredit: null, topicIds: [], gallery: [] });
  });

  it.each([
    [{ title: '標'.repeat(201) }, 'title', '標題不可超過 200 個字'],
    [{ channelId: 'abc' }, 'channelId', '頻道不存在'],
    [{ editorId: -1 }, 'editorId', '責編不存在'],
    [{ body: '<p>raw html</p>' }, 'body', '正文不是有效的文件'],
    [{ body: { type: 'doc', content: [{ type: 'script', text: 'x' }] } }, 'body', '正文不是有效的文件：不支援的內容：script'],
    [{ videoUrl: 'javascript:alert(1)' }, 'videoUrl', '影片網址必須以 http:// 或 https:// 開頭'],
    [{ gallery: [{ mediaId: 1, caption: '', alt: 'a'.repeat(301), credit: '' }] }, 'gallery', '替代文字不可超過 300 個字'],
  ])('refuses %j', (override, field, message) => {
    const errors = errorsOf({ ...valid, ...override }) as Record<string, string[]>;
    if (field === 'gallery') expect(JSON.stringify(storyFieldsInput.safeParse({ ...valid, ...override }).error?.issues)).toContain(message);
    else expect(errors[field]).toContain(message);
  });
});

describe('jsonField', () => {
  const schema = jsonField(z.object({ a: z.number() }));
  it('parses JSON into the schema', () => expect(schema.parse('{"a":1}')).toEqual({ a: 1 }));
  it('refuses broken and oversized JSON with a message', () => {
    expect(schema.safeParse('{a:').error?.issues[0]?.message).toBe('資料格式不正確');
    expect(schema.safeParse('x'.repeat(1_500_001)).error?.issues[0]?.message).toBe('內容過大，請分成多篇或刪減圖片');
  });
});
