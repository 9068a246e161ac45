interface Credits {
  writer?: string | null;
  photos?: string | null;
  photographer?: string | null;
}

const roles = [
  ['writer', '撰稿'],
  ['photos', '供圖'],
  ['photographer', '攝影'],
] as const;

/**
 * The credits line at the end of a story: `(撰稿、供圖/某甲)` when one person holds several
 * credits, `(撰稿/某甲 攝影/某乙)` for several people; empty when nobody is credited.
 */
export function formatCredits(credits: Credits): string {
  const byPerson = new Map<string, string[]>();
  for (const [key, label] of roles) {
    const name = credits[key]?.trim();
    if (!name) continue;
    byPerson.set(name, [...(byPerson.get(name) ?? []), label]);
  }
  if (byPerson.size === 0) return '';
  return `(${[...byPerson].map(([name, labels]) => `${labels.join('、')}/${name}`).join(' ')})`;
}
