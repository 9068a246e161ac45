import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/dashboard/action-button';
import { getDb } from '@/db/client';
import { listChannelsForAdmin } from '@/db/queries/channels';
import { requirePermission } from '@/lib/session';
import { deleteChannelAction } from '@/lib/actions/channels';
import { ChannelForm } from '../channel-form';
import { MergeForm } from './merge-form';
import { rowIdFrom } from '@/lib/schemas/ids';

export const metadata: Metadata = { title: '編輯頻道 | 責編' };

type Props = { params: Promise<{ id: string }> };

export default async function EditChannelPage({ params }: Props) {
  const person = await requirePermission('channels.manage');
  const id = rowIdFrom((await params).id);
  const tree = await listChannelsForAdmin(await getDb(), person);
  const all = tree.flatMap((c) => [c, ...c.children]);
  const channel = all.find((c) => c.id === id);
  if (id === null || !channel) notFound();
  const children = all.filter((c) => c.parentId === channel.id);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/dashboard/channels">頻道</Link> › {channel.name}
      </p>
      <h1>{channel.name}</h1>
      <p className="muted">
        {channel.visible ? '顯示中' : '已隱藏'} · {channel.storyCount} 則新聞
        {children.length ? ` · 子頻道：${children.map((c) => c.name).join('、')}` : ''}
      </p>
      <div className="admin-columns">
        <ChannelForm channel={channel} parents={tree.map((c) => ({ id: c.id, name: c.name }))} />
        <div>
          {children.length === 0 ? (
            <MergeForm channelId={channel.id} name={channel.name} targets={all.filter((c) => c.id !== channel.id)} />
          ) : (
            <div className="ws-form stack">
              <h2>合併或刪除</h2>
              <p className="hint">這個頻道有子頻道。要合併或刪除它，請先把子頻道移到其他頻道底下，或合併、刪除子頻道。</p>
            </div>
          )}
          {channel.storyCount === 0 && children.length === 0 ? (
            <div className="ws-form stack">
              <h2>刪除頻道</h2>
              <p className="hint">這個頻道沒有新聞，可以刪除。</p>
              <ActionButton action={deleteChannelAction} fields={{ channelId: channel.id }} label="刪除頻道" confirm={`確定刪除頻道「${channel.name}」？`} />
            </div>
          ) : null}
        </div>
      </div>
    </>
  );
}
