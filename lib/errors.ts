/** Expected outcomes an action or handler can return, with what the person is told. */
export type ErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'conflict' | 'throttled' | 'too_large' | 'unsupported';

export const errorMessages: Record<ErrorCode, { message: string; status: number }> = {
  unauthenticated: { message: '請先登入', status: 401 },
  forbidden: { message: '你沒有權限執行這個操作', status: 403 },
  invalid: { message: '請修正標示的欄位', status: 400 },
  not_found: { message: '找不到這筆資料', status: 404 },
  conflict: { message: '資料已被他人更改，請重新載入', status: 409 },
  throttled: { message: '嘗試次數過多，請稍後再試', status: 429 },
  too_large: { message: '檔案太大', status: 413 },
  unsupported: { message: '不支援這種檔案', status: 415 },
};

export type ActionFailure = { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[] | undefined> };
export type ActionResult<T = undefined> = { ok: true; data: T; message?: string } | ActionFailure;

export function failure(code: ErrorCode, message = errorMessages[code].message, fieldErrors?: Record<string, string[] | undefined>): ActionFailure {
  return { ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}) };
}

type RuleOptions<D> = { fieldErrors?: Record<string, string[]>; field?: string; detail?: D; cause?: unknown };

/**
 * A data rule the person broke (a slug taken, the last admin, a story changed since it was
 * loaded…). The query layer throws it; `staffAction` turns it into a failure once, so no action
 * maps errors by hand. `reason` names the rule for callers and tests; `code` is what the person
 * is told; `detail` carries what a caller may show (the newer story, where media is used).
 */
export class RuleError<D = unknown> extends Error {
  readonly fieldErrors?: Record<string, string[]>;
  readonly detail?: D;

  constructor(
    readonly code: Exclude<ErrorCode, 'unauthenticated' | 'throttled'>,
    readonly reason: string,
    message: string,
    options: RuleOptions<D> = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RuleError';
    const fieldErrors = options.fieldErrors ?? (options.field ? { [options.field]: [message] } : undefined);
    if (fieldErrors) this.fieldErrors = fieldErrors;
    if (options.detail !== undefined) this.detail = options.detail;
  }

  /** The HTTP status a route handler answers with. */
  get status(): number {
    return errorMessages[this.code].status;
  }

  /** A rule broken field by field: the message is every field's message, joined. */
  static fields(code: 'invalid' | 'not_found', reason: string, fieldErrors: Record<string, string[]>): RuleError {
    return new RuleError(code, reason, Object.values(fieldErrors).flat().join('；'), { fieldErrors });
  }

  /** Invalid input found by a pure rule (lib/workflow), one message per field. */
  static problems(reason: string, problems: Record<string, string>): RuleError {
    return RuleError.fields('invalid', reason, Object.fromEntries(Object.entries(problems).map(([field, message]) => [field, [message]])));
  }
}

/** The failure a broken rule answers with; anything else is a fault and is thrown on. */
export function ruleFailure(error: unknown): ActionFailure {
  if (!(error instanceof RuleError)) throw error;
  return failure(error.code, error.message, error.fieldErrors);
}
