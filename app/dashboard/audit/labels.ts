import type { StoryState } from '@/db/schema';
import { roleLabels } from '@/lib/permissions';
import { stateLabels } from '@/lib/story-states';
import { formatPublishTime, zoneLabel } from '@/lib/time';
import { moveLabels } from '@/lib/workflow';

/** What each recorded action is called on the page; an unknown one is shown as recorded. */
export const actionLabels: Record<string, string> = {
  'auth.sign-in': '登入',
  'auth.sign-in-failed': '登入失敗',
  'auth.sign-in-refused': '登入被拒（嘗試過多）',
  'staff.create': '新增人員',
  'staff.enable': '啟用人員',
  'staff.disable': '停用人員',
  'staff.role': '變更角色',
  'staff.rename': '更改姓名',
  'staff.password.change': '更改密碼',
  'staff.password.reset': '重設密碼',
  'story.create': '建立稿件',
  'story.update': '修改稿件',
  'story.submit': moveLabels.submit,
  'story.withdraw': '撤回送審',
  'story.return': '退回稿件',
  'story.publish': moveLabels.publish,
  'story.schedule': moveLabels.schedule,
  'story.unpublish': moveLabels.unpublish,
  'story.delete': '刪除稿件',
  'story.editor': '指派責編',
  'channel.create': '新增頻道',
  'channel.update': '修改頻道',
  'channel.move': '調整頻道順序',
  'channel.hide': '隱藏頻道',
  'channel.show': '顯示頻道',
  'channel.delete': '刪除頻道',
  'channel.merge': '合併頻道',
  'topic.create': '新增專題',
  'topic.update': '修改專題',
  'topic.publish': '發佈專題',
  'topic.hide': '隱藏專題',
  'topic.story.add': '專題加入稿件',
  'topic.story.remove': '專題移除稿件',
  'topic.story.move': '調整專題稿件順序',
  'settings.update': '修改網站設定',
  'media.focus': '設定圖片焦點',
};

/** Families offered first in the filter: every action whose name starts with the prefix. */
export const actionFamilies: { value: string; label: string }[] = [
  { value: 'auth.', label: '全部登入紀錄' },
  { value: 'staff.', label: '全部人員變更' },
  { value: 'story.', label: '全部稿件操作' },
  { value: 'channel.', label: '全部頻道變更' },
  { value: 'topic.', label: '全部專題變更' },
  { value: 'settings.', label: '全部設定變更' },
];

export const subjectLabels: Record<string, string> = { staff: '人員', story: '稿件', channel: '頻道', topic: '專題', settings: '網站設定' };

const fieldLabels: Record<string, string> = {
  name: '姓名',
  email: '電子郵件',
  role: '角色',
  active: '狀態',
  address: '位址',
  logoUrl: '網站標誌網址',
  title: '標題',
  slug: '網址代稱',
  kind: '類型',
  parentId: '上層頻道',
  visible: '顯示',
  order: '順序',
  into: '合併到',
  stories: '稿件數',
  storyId: '稿件',
  summary: '摘要',
  focalX: '焦點（左右 %）',
  focalY: '焦點（上下 %）',
  coverMediaId: '封面圖片',
  siteName: '網站名稱',
  timeZone: '時區',
  copyright: '版權聲明',
  reprintDisclaimer: '轉載聲明',
  footerLinks: '頁尾連結',
  defaultVariant: '預設文字',
  state: '狀態',
  editorId: '責編',
  authorId: '作者',
  publishedAt: '發佈時間',
  expiresAt: '到期時間',
  reason: '原因',
};

/** Keys that hold an instant: shown in the site's zone. */
const timeKeys = new Set(['publishedAt', 'expiresAt']);

const refusalReasons: Record<string, string> = {
  'back-off': '這個帳號從這個位址嘗試過多，須等待',
  'account-under-attack': '這個帳號正受多處嘗試，只接受常用位址',
};

/** Keys that hold a staff id: shown as the person's name. */
const staffKeys = new Set(['editorId', 'authorId', 'staffId']);

function valueText(key: string, value: unknown, names: ReadonlyMap<number, string>, timeZone: string): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (timeKeys.has(key) && typeof value === 'string' && !Number.isNaN(Date.parse(value))) return `${formatPublishTime(new Date(value), timeZone)}（${zoneLabel(timeZone)}）`;
  if (staffKeys.has(key) && typeof value === 'number') return names.get(value) ?? `#${value}`;
  if (key === 'state' && typeof value === 'string' && value in stateLabels) return stateLabels[value as StoryState];
  if (key === 'role' && typeof value === 'string' && value in roleLabels) return roleLabels[value as keyof typeof roleLabels];
  if (key === 'active') return value ? '使用中' : '已停用';
  if (key === 'reason' && typeof value === 'string' && value in refusalReasons) return refusalReasons[value]!;
  if (key === 'defaultVariant') return value === 'hans' ? '简体' : '繁體';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(' ／ ');
  return JSON.stringify(value);
}

/** A recorded before or after, as labelled lines; anything that is not an object is shown whole. */
export function describeChange(value: unknown, names: ReadonlyMap<number, string>, timeZone: string): { label: string; text: string }[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [{ label: '', text: valueText('', value, names, timeZone) }];
  return Object.entries(value as Record<string, unknown>).map(([key, v]) => ({ label: fieldLabels[key] ?? key, text: valueText(key, v, names, timeZone) }));
}
