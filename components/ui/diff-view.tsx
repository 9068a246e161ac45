import type { diffSnapshots } from '@/lib/story-diff';

type StoryDiff = ReturnType<typeof diffSnapshots>;

/**
 * Two versions of a story side by side: the fields that differ in a table (the column heads say
 * which version is which) and the body with its insertions and deletions marked.
 */
export function DiffView({ diff, older, newer, sameFields }: { diff: StoryDiff; older: string; newer: string; sameFields?: string }) {
  return (
    <>
      {diff.fields.length ? (
        <table className="ws-table">
          <thead>
            <tr>
              <th scope="col">欄位</th>
              <th scope="col">{older}</th>
              <th scope="col">{newer}</th>
            </tr>
          </thead>
          <tbody>
            {diff.fields.map((f) => (
              <tr key={f.label}>
                <th scope="row">{f.label}</th>
                <td className="diff-removed">{f.before}</td>
                <td className="diff-added">{f.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : sameFields ? (
        <p className="muted">{sameFields}</p>
      ) : null}
      <h3>正文</h3>
      <div className="diff-body" aria-label="正文差異">
        {diff.body.some((p) => p.kind !== 'same')
          ? diff.body.map((part, i) => (part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.kind === 'removed' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>))
          : '（正文沒有修改）'}
      </div>
    </>
  );
}
