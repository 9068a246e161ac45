import 'server-only';
import { z } from 'zod';
import type { StaffSummary } from '@/db/queries/staff';
import { type ActionResult, failure } from './errors';
import { type Action, can } from './permissions';
import { getCurrentStaff } from './session';

export type FormState<T = undefined> = ActionResult<T> | null;

interface ActionOptions<S extends z.ZodType> {
  schema: S;
  /** The role rule this action needs; ownership checks on a reloaded row happen in the body. */
  permission: Action;
  /** Only the change-password action may run while a password change is pending. */
  allowPasswordChange?: boolean;
}

/**
 * The one wrapper for server actions, each of which is a public endpoint: session (reloaded
 * from the database) → permission → zod-parsed input → body. Returns a result, never throws
 * for expected outcomes.
 */
export function staffAction<S extends z.ZodType, T = undefined>(
  options: ActionOptions<S>,
  body: (input: z.infer<S>, actor: StaffSummary) => Promise<ActionResult<T>>,
) {
  return async (_previous: FormState<T>, formData: FormData): Promise<ActionResult<T>> => {
    const actor = await getCurrentStaff();
    if (!actor) return failure('unauthenticated');
    if (actor.mustChangePassword && !options.allowPasswordChange) return failure('forbidden', '請先更改密碼');
    if (!can(actor, options.permission)) return failure('forbidden');
    const parsed = options.schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return failure('invalid', '請修正標示的欄位', z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    }
    return body(parsed.data, actor);
  };
}
