import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/dashboard/action-button';
import { getDb } from '@/db/client';
import { type AdminChannel, listChannelsForAdmin } from '@/db/queries/channels';
import { channelKindLabels } from '@/lib/schemas/channels';
import { requirePermission } from '@/lib/session';
import { deleteChannelAction, moveChannelAction, setChannelVisibleAction } from '@/lib/actions/channels';
import { ChannelForm } from './channel-form';

export const metadata: Metadata = { title: '頻道 | 責編' };

function ChannelRow({ channel, nested, deletable }: { channel: AdminChannel; nested: boolean; deletable: boolean }) {
  return (
    <tr className={nested ? 'nested-row' : undefined}>
      <td>
        <span className="row-actions">
          <ActionButton action={moveChannelAction} fields={{ channelId: channel.id, direction: 'up' }} label="↑" accessibleName={`上移 ${channel.name}`} className="button icon" />
          <ActionButton action={moveChannelAction} fields={{ channelId: channel.id, direction: 'down' }} label="↓" accessibleName={`下移 ${channel.name}`} className="button icon" />
        </span>
      </td>
      <th scope="row" className={nested ? 'nested-name' : undefined}>
        {nested ? <span aria-hidden="true">└ </span> : null}
        {channel.name}
      </th>
      <td>
        <code>{channel.slug}</code>
      </td>
      <td>{channelKindLabels[channel.kind]}</td>
      <td>{channel.visible ? '顯示中' : '已隱藏'}</td>
      <td>{channel.storyCount}</td>
      <td>
        <div className="row-actions">
          <Link className="button" href={`/dashboard/channels/${channel.id}`} aria-label={`編輯 ${channel.name}`}>
            編輯
          </Link>
          <ActionButton
            action={setChannelVisibleAction}
            fields={{ channelId: channel.id, visible: channel.visible ? 'false' : 'true' }}
            label={channel.visible ? '隱藏' : '顯示'}
            accessibleName={`${channel.visible ? '隱藏' : '顯示'} ${channel.name}`}
          />
          {deletable ? (
            <ActionButton
              action={deleteChannelAction}
              fields={{ channelId: channel.id }}
              label="刪除"
              accessibleName={`刪除 ${channel.name}`}
              confirm={`確定刪除頻道「${channel.name}」？`}
            />
          ) : null}
        </div>
      </td>
    </tr>
  );
}

export default async function ChannelsPage() {
  const person = await requirePermission('channels.manage');
  const tree = await listChannelsForAdmin(await getDb(), person);
  return (
    <>
      <h1>頻道</h1>
      <p className="muted">頻道列依這裡的順序顯示。有新聞的頻道不能刪除，可以隱藏，或在編輯頁合併到其他頻道。</p>
      <table className="ws-table admin-table channel-table">
        <thead>
          <tr>
            <th scope="col">順序</th>
            <th scope="col">名稱</th>
            <th scope="col">網址代稱</th>
            <th scope="col">類型</th>
            <th scope="col">狀態</th>
            <th scope="col">新聞數</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {tree.flatMap((c) => [
            <ChannelRow key={c.id} channel={c} nested={false} deletable={c.storyCount === 0 && c.children.length === 0} />,
            ...c.children.map((child) => <ChannelRow key={child.id} channel={child} nested deletable={child.storyCount === 0} />),
          ])}
        </tbody>
      </table>
      {tree.length === 0 ? <p className="muted">還沒有頻道。</p> : null}
      <ChannelForm parents={tree.map((c) => ({ id: c.id, name: c.name }))} />
    </>
  );
}
