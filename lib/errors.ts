/** Expected outcomes an action or handler can return, with what the person is told. */
export type ErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'conflict' | 'throttled';

export const errorMessages: Record<ErrorCode, { message: string; status: number }> = {
  unauthenticated: { message: '請先登入', status: 401 },
  forbidden: { message: '你沒有權限執行這個操作', status: 403 },
  invalid: { message: '請修正標示的欄位', status: 400 },
  not_found: { message: '找不到這筆資料', status: 404 },
  conflict: { message: '資料已被他人更改，請重新載入', status: 409 },
  throttled: { message: '嘗試次數過多，請稍後再試', status: 429 },
};

export type ActionFailure = { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string[] | undefined> };
export type ActionResult<T = undefined> = { ok: true; data: T; message?: string } | ActionFailure;

export function failure(code: ErrorCode, message = errorMessages[code].message, fieldErrors?: Record<string, string[] | undefined>): ActionFailure {
  return { ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}) };
}
