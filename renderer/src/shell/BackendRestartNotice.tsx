import { lazy, Suspense, useEffect, useState } from 'react';
import '../api/ipc-transport'; // declares window.thbcShell

// The notice's antd code loads only if the backend ever restarts.
const BackendRestartNotification = lazy(() => import('./BackendRestartNotification'));

/** In the desktop app, says so when the backend process stopped and was started again. */
export function BackendRestartNotice() {
  const [restarts, setRestarts] = useState(0);
  useEffect(() => window.thbcShell?.onBackendRestarted(() => setRestarts((n) => n + 1)), []);
  return restarts > 0 ? (
    <Suspense fallback={null}>
      <BackendRestartNotification restarts={restarts} />
    </Suspense>
  ) : null;
}
