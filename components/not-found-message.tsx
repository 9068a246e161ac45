import Link from 'next/link';

const texts = {
  hant: { title: '找不到這個頁面', body: '你要找的內容不存在，或已經不再公開。', home: '回到首頁' },
  hans: { title: '找不到这个页面', body: '你要找的内容不存在，或已经不再公开。', home: '回到首页' },
};

/** The one 404 message: the reader's, the workspace's and the app-wide page all show it. */
export function NotFoundMessage({ script = 'hant' }: { script?: 'hant' | 'hans' }) {
  const t = texts[script];
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <Link href="/">{t.home}</Link>
      </p>
    </>
  );
}
