// Browser mode: POST ./api/<method> with JSON. The server wants the session token in a header
// (a cookie alone also comes from pages on other ports of 127.0.0.1); it writes the token into
// this page as <meta name="thbc-token">, which no other origin can read.
import type { Args, Method, Result } from '../../../shared/api';
import type { Envelope } from '../../../shared/errors';
import { NETWORK_MESSAGE, SESSION_MESSAGE } from '../../../shared/messages/common';

function sessionToken(): string {
  return document.querySelector('meta[name="thbc-token"]')?.getAttribute('content') ?? '';
}

export async function httpTransport<M extends Method>(
  method: M,
  args: Args<M>,
): Promise<Envelope<Result<M>>> {
  let response: Response;
  try {
    response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-THBC-Token': sessionToken() },
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
