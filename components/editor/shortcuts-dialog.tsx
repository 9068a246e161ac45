'use client';

import { ModalDialog } from '@/components/ui/modal-dialog';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The editor's keyboard shortcuts, in a modal dialog that Escape or 關閉 closes. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const mod = open && isMac() ? '⌘' : 'Ctrl';
  const rows: [string, string][] = [
    [`${mod} + S`, '儲存（存草稿）'],
    [`${mod} + B`, '粗體'],
    [`${mod} + I`, '斜體'],
    [`${mod} + Z`, '復原'],
    [`${mod} + Shift + Z`, '重做'],
    ['?', '顯示這份快速鍵清單（不在輸入欄位中時）'],
    ['Esc', '關閉對話框'],
  ];
  return (
    <ModalDialog open={open} title="鍵盤快速鍵" className="shortcuts-dialog" onClose={onClose}>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">按鍵</th>
            <th scope="col">作用</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, what]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="confirm-buttons">
        <button type="button" className="button" onClick={onClose} autoFocus>
          關閉
        </button>
      </div>
    </ModalDialog>
  );
}
