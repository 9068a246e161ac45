import 'server-only';
import { z } from 'zod';
import type { StaffSummary } from '@/db/queries/staff';
import { type ActionResult, failure, ruleFailure } from './errors';
import { type Action, can } from './permissions';
import { getCurrentStaff } from './session';

type FormState<T = undefined> = ActionResult<T> | null;

interface ActionOptions<S extends z.ZodType> {
  schema: S;
  /** The role rule this action needs; ownership checks on a reloaded row happen in the body. */
  permission: Action;
  /** Only the change-password action may run while a password change is pending. */
  allowPasswordChange?: boolean;
}

/**
 * Each refusal keyed by the field the person sees. The editor sends its whole state as one JSON
 * field (`payload`, holding `fields`); keyed by that, a title over its limit would mark nothing,
 * so those wrappers are looked through to the story's own field (`title`, `gallery`). A field of
 * one item in a list is keyed down to that item (`gallery.2.alt`), so it is marked where it is
 * typed; a refusal of the list as a whole stays under the list's name.
 */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = [...issue.path];
    if (path[0] === 'payload') path.shift();
    if (path[0] === 'fields' && path.length > 1) path.shift();
    const [list, index, field] = path;
    const key =
      typeof list !== 'string' ? null : typeof index === 'number' && typeof field === 'string' ? `${list}.${index}.${field}` : list;
    if (key !== null) (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * The one wrapper for server actions, each of which is a public endpoint: session (reloaded
 * from the database) → permission → zod-parsed input → body. Returns a result, never throws
 * for expected outcomes: a RuleError from the body becomes its failure here, and only here.
 * Anything else (redirects, faults) is thrown on.
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
      return failure('invalid', '請修正標示的欄位', fieldErrorsOf(parsed.error));
    }
    try {
      return await body(parsed.data, actor);
    } catch (error) {
      return ruleFailure(error);
    }
  };
}
