import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="refusal">
      <h1>無權限</h1>
      <p>你的角色不能使用這個頁面。如需權限，請聯絡管理員。</p>
      <p>
        <Link href="/dashboard">回到工作台</Link>
      </p>
    </div>
  );
}
