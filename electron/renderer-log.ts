// Errors in the window (uncaught exceptions, unhandled rejections, what the screens' error boundary
// reports with console.error) and a renderer that dies go to logs/app.log, like the other processes.
import type { WebContents } from 'electron';
import type { Logger } from './backend/logger';

export function logRendererErrors(contents: WebContents, log: Logger): void {
  contents.on('console-message', (event) => {
    if (event.level !== 'error') return;
    log.error(`${event.message} (${event.sourceId}:${event.lineNumber})`);
  });
  contents.on('render-process-gone', (_event, details) => {
    log.error(`Tiến trình giao diện dừng: ${details.reason} (mã ${details.exitCode})`);
  });
}
