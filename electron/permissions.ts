// Which web permissions the app's pages get: none is asked for (no camera, location,
// notifications…), so checks and requests are refused, except writing to the clipboard from the
// app's own page (a "Sao chép" button). Free of the 'electron' import so it is tested under Node.
import { isTrustedSender } from './security';

const ALLOWED_FOR_APP = new Set(['clipboard-sanitized-write']);

/** session.setPermissionCheckHandler and setPermissionRequestHandler both ask this. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
): boolean {
  return ALLOWED_FOR_APP.has(permission) && isTrustedSender(requestingUrl);
}
