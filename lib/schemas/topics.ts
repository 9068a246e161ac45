import { z } from 'zod';
import { directionField, idField, optionalIdField, slugField, visibleField } from './slug';

const topicId = idField('找不到這個專題');
const storyId = idField('找不到這篇稿件');

export const topicInput = z.object({
  title: z.string({ error: '請輸入標題' }).trim().min(1, '請輸入標題').max(80, '標題不可超過 80 個字'),
  slug: slugField,
  summary: z.string().trim().max(500, '摘要不可超過 500 個字').default(''),
  coverMediaId: optionalIdField('找不到這張封面圖片'),
});

export const editTopicInput = topicInput.extend({ topicId });
export const topicVisibleInput = z.object({ topicId, visible: visibleField });
export const topicStoryInput = z.object({ topicId, storyId });
export const moveTopicStoryInput = topicStoryInput.extend({ direction: directionField });
