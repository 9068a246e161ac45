import Link from 'next/link';

// One page for every story or address a reader may not see: unknown, unpublished, scheduled or
// deleted look the same. A not-found page is not given the route's params, so it carries both
// scripts and the stylesheet shows the one matching <html lang>.
export default function ReaderNotFound() {
  return (
    <div className="not-found">
      <div lang="zh-Hant" className="script-hant">
        <h1>找不到這個頁面</h1>
        <p>你要找的內容不存在，或已經不再公開。</p>
        <p>
          <Link href="/">回到首頁</Link>
        </p>
      </div>
      <div lang="zh-Hans" className="script-hans">
        <h1>找不到这个页面</h1>
        <p>你要找的内容不存在，或已经不再公开。</p>
        <p>
          <Link href="/">回到首页</Link>
        </p>
      </div>
    </div>
  );
}
