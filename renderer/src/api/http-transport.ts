// Browser mode: POST ./api/<method> with JSON; the session cookie travels with same-origin fetch.
import type { Args, Method, Result } from '../../../shared/api';
import type { Envelope } from '../../../shared/errors';
import { NETWORK_MESSAGE } from './api-error';

const SESSION_MESSAGE =
  'Phiên làm việc không hợp lệ. Hãy mở lại ứng dụng bằng địa chỉ in ra khi khởi động.';

export async function httpTransport<M extends Method>(
  method: M,
  args: Args<M>,
): Promise<Envelope<Result<M>>> {
  let response: Response;
  try {
    response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(args),
    });
  } catch {
    return { ok: false, error: { code: 'UNAVAILABLE', message: NETWORK_MESSAGE } };
  }
  if (response.status === 401) {
    return { ok: false, error: { code: 'UNAUTHORIZED', message: SESSION_MESSAGE } };
  }
  try {
    return (await response.json()) as Envelope<Result<M>>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: `Máy chủ của ứng dụng trả lời không đúng dạng (mã ${response.status}). Hãy thử lại.`,
      },
    };
  }
}
