import { z } from 'zod';
import { directionField, idField, optionalIdField, slugField, visibleField } from './slug';

export const channelKindLabels = { list: '一般', video: '視頻', original: '原創', topics: '熱點專題' } as const;

const channelId = idField('找不到這個頻道');

export const channelInput = z.object({
  name: z.string({ error: '請輸入頻道名稱' }).trim().min(1, '請輸入頻道名稱').max(20, '頻道名稱不可超過 20 個字'),
  slug: slugField,
  kind: z.enum(['list', 'video', 'original', 'topics'], { error: '請選擇類型' }).default('list'),
  parentId: optionalIdField('找不到上層頻道'),
});

export const editChannelInput = channelInput.extend({ channelId });
export const channelIdInput = z.object({ channelId });
export const moveChannelInput = z.object({ channelId, direction: directionField });
export const channelVisibleInput = z.object({ channelId, visible: visibleField });
export const mergeChannelInput = z.object({ channelId, intoId: idField('請選擇要合併到的頻道') });
