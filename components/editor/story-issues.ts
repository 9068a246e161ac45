// The refusals the workflow bar lists under 無法完成，請先處理：, by the field they concern.

const issueOrder: [string, string][] = [
  ['title', '標題'],
  ['channelId', '頻道'],
  ['body', '正文'],
  ['editorId', '責編'],
  ['gallery', '圖集'],
  ['publishAt', '發佈時間'],
  ['comment', '退回說明'],
  ['reason', '撤稿原因'],
];

/** The refusals to list, in the order of the form; a photo's own (its message names the field) follows 圖集, by its place. */
export function issuesOf(errors: Record<string, string[] | undefined>): [string, string][] {
  const photoIssues = Object.keys(errors)
    .flatMap((key) => {
      const index = Number(/^gallery\.(\d+)\.\w+$/.exec(key)?.[1] ?? NaN);
      return Number.isInteger(index) && errors[key]?.length ? [{ key, index }] : [];
    })
    .sort((a, b) => a.index - b.index)
    .map(({ key, index }): [string, string] => [key, `圖集第 ${index + 1} 張`]);
  return issueOrder.flatMap((issue) => [...(errors[issue[0]]?.length ? [issue] : []), ...(issue[0] === 'gallery' ? photoIssues : [])]);
}
