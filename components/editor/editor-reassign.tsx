'use client';

import { useState } from 'react';

/** 更換責編 on a live story: the one explicit way its 責編 changes (a save never does). */
export function EditorReassign({
  current,
  editors,
  onReassign,
}: {
  current: number | null;
  editors: { id: number; name: string }[];
  onReassign: (editorId: number) => Promise<boolean>;
}) {
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const others = editors.filter((e) => e.id !== current);
  if (!others.length) return null;
  return (
    <div className="workflow-reassign">
      <label htmlFor="reassign-editor">新責編</label>
      <select id="reassign-editor" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">（請選擇）</option>
        {others.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        disabled={!choice || busy}
        onClick={async () => {
          setBusy(true);
          try {
            if (await onReassign(Number(choice))) setChoice('');
          } finally {
            setBusy(false);
          }
        }}
      >
        更換責編
      </button>
    </div>
  );
}
