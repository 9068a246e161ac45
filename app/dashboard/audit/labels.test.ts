import { describe, expect, it } from 'vitest';
import { describeChange } from './labels';

describe('audit change descriptions', () => {
  const names = new Map([[2, '周敏華']]);
  it.each([
    [{ role: 'editor', active: false }, [{ label: '角色', text: '編輯' }, { label: '狀態', text: '已停用' }]],
    [{ state: 'published', editorId: 2, authorId: 9 }, [{ label: '狀態', text: '已發佈' }, { label: '責編', text: '周敏華' }, { label: '作者', text: '#9' }]],
    [{ copyright: ['一、甲', '二、乙'], defaultVariant: 'hans' }, [{ label: '版權聲明', text: '一、甲 ／ 二、乙' }, { label: '預設文字', text: '简体' }]],
    [{ state: 'unpublished', publishedAt: '2026-12-03T02:00:00.000Z', reason: '消息來源有誤' }, [{ label: '狀態', text: '已撤稿' }, { label: '發佈時間', text: '2026-12-03 10:00:00（北京時間）' }, { label: '原因', text: '消息來源有誤' }]],
    [{ footerLinks: [{ label: '關於', href: '/about' }], summary: '' }, [{ label: '頁尾連結', text: '[{"label":"關於","href":"/about"}]' }, { label: '摘要', text: '（空）' }]],
    [{ email: 'x@news.example', address: '203.0.113.7', reason: 'back-off' }, [{ label: '電子郵件', text: 'x@news.example' }, { label: '位址', text: '203.0.113.7' }, { label: '原因', text: '這個帳號從這個位址嘗試過多，須等待' }]],
    [{ somethingNew: 3 }, [{ label: 'somethingNew', text: '3' }]],
    ['plain', [{ label: '', text: 'plain' }]],
    [null, []],
  ])('%j reads as %j', (value, lines) => {
    expect(describeChange(value, names, 'Asia/Shanghai')).toEqual(lines);
  });
});
