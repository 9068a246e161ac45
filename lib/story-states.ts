import type { StoryState } from '@/db/schema';

export const stateLabels: Record<StoryState, string> = {
  draft: '草稿',
  in_review: '待審',
  scheduled: '已排程',
  published: '已發佈',
  unpublished: '已撤稿',
};
