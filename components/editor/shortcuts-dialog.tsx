'use client';

import { useEffect, useId, useRef } from 'react';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The editor's keyboard shortcuts, in a modal dialog that Escape or 關閉 closes. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
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
    <dialog ref={dialog} className="confirm-dialog shortcuts-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>鍵盤快速鍵</h2>
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
    </dialog>
  );
}
