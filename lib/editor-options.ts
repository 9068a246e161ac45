import 'server-only';
import type { Db } from '@/db/client';
import { listEligibleEditors } from '@/db/queries/staff';
import { listTopicChoices, listChannelChoices } from '@/db/queries/workspace-stories';
import type { EditorOptions } from '@/lib/editor-story';


/** The choices the story editor offers: channels that take stories, 責編 candidates, topics. */
export async function loadEditorOptions(db: Db): Promise<EditorOptions> {
  const [channels, editors, topics] = await Promise.all([listChannelChoices(db), listEligibleEditors(db), listTopicChoices(db)]);
  return { channels, editors: editors.map((e) => ({ id: e.id, name: e.name })), topics };
}
