import { type SQL, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Actor, storyReadScope } from '@/lib/permissions';
import { stories } from '../schema';

/**
 * A condition on a stories row (the table or an alias of it): true where `actor` may read the
 * story, by the same rule as the editor (`can(actor, 'story.read', story)`). Every query that
 * lists, counts or names stories in the workspace takes the acting person and applies this, so
 * a page cannot forget it.
 */
export function readableBy(actor: Actor, table: { authorId: AnyPgColumn } = stories): SQL {
  const scope = storyReadScope(actor);
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'none':
      return sql`false`;
    case 'author':
      return eq(table.authorId, scope.authorId);
  }
}
