import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>找不到這個頁面</h1>
      <p>你要找的內容不存在，或已經不再公開。</p>
      <p>
        <Link href="/">回到首頁</Link>
      </p>
    </div>
  );
}
