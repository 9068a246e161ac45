import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mediaTextInput } from './media';
import { profileNameInput } from './staff';
import { storyFieldsInput } from './story';
import { nearLimit, overLimitMessage, textLength } from './length-limit';

const story = {
  title: '河畔公園開放',
  subtitle: null,
  channelId: 3,
  sourceName: '北國新聞網',
  isOriginal: true,
  editorId: null,
  writerCredit: null,
  photosCredit: null,
  photographerCredit: null,
  editorsNote: null,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '內文' }] }] },
  videoUrl: null,
  correction: null,
};

// Every limited field the browser counts, with the schema the server parses it with.
const fields: [string, z.ZodType, (text: string) => unknown, string, number][] = [
  ['title', storyFieldsInput, (title) => ({ ...story, title }), '標題', 200],
  ['subtitle', storyFieldsInput, (subtitle) => ({ ...story, subtitle }), '副標題', 200],
  ['editorsNote', storyFieldsInput, (editorsNote) => ({ ...story, editorsNote }), '編者按', 2000],
  ['sourceName', storyFieldsInput, (sourceName) => ({ ...story, sourceName }), '來源', 100],
  ['writerCredit', storyFieldsInput, (writerCredit) => ({ ...story, writerCredit }), '撰稿', 100],
  ['correction', storyFieldsInput, (correction) => ({ ...story, correction }), '更正說明', 1000],
  ['caption', mediaTextInput, (caption) => ({ id: 1, caption }), '圖片說明', 2000],
  ['name', profileNameInput, (name) => ({ name }), '姓名', 60],
];

describe('text limits: the browser and the server agree, and nothing is cut', () => {
  it.each(fields)('%s at its limit passes whole; one more character is refused by both', (field, schema, input, label, max) => {
    const atLimit = '編'.repeat(max);
    const parsed = schema.parse(input(atLimit)) as Record<string, unknown>;
    expect(parsed[field]).toBe(atLimit);
    expect(overLimitMessage(label, textLength(atLimit), max)).toBeNull();

    const over = `${atLimit}者`;
    const result = schema.safeParse(input(over));
    expect(result.success).toBe(false);
    const errors = z.flattenError(result.error!).fieldErrors as Record<string, string[]>;
    expect(errors[field]?.[0]).toContain(`${label}不可超過 ${max} 個字`);
    expect(overLimitMessage(label, textLength(over), max)).toBe(`${label}不可超過 ${max} 個字（目前 ${max + 1} 個字，請刪減 1 個字）`);
  });

  it('counts the text the server keeps: spaces around it do not count', () => {
    const padded = `  ${'標'.repeat(200)}\n`;
    expect(textLength(padded)).toBe(200);
    expect(storyFieldsInput.parse({ ...story, title: padded }).title).toHaveLength(200);
  });

  it.each([
    [159, 200, false],
    [160, 200, true],
    [1599, 2000, false],
    [1600, 2000, true],
    [2001, 2000, true],
  ])('%i of %i characters: counter shown %s', (length, max, shown) => {
    expect(nearLimit(length, max)).toBe(shown);
  });
});
