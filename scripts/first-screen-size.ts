// Prints the JavaScript the first screen (Tổng quan) loads, per chunk, as Chromium fetches it from
// the build on the real backend (issue 13's target: < 500 KB). Run after `npm run build`:
// `npm run -s size` builds and runs it.
import { firstScreenScripts, scriptTable } from '../test/e2e/first-screen';
import { launchBrowser, startApp } from '../test/e2e/harness';

const app = await startApp();
const { browser, close } = await launchBrowser();
try {
  const scripts = await firstScreenScripts(browser, app);
  const total = scripts.reduce((n, s) => n + s.bytes, 0);
  console.log(scriptTable(scripts));
  console.log(
    `Màn hình đầu (Tổng quan): ${scripts.length} tệp JS, ${(total / 1024).toFixed(0)} KB (mục tiêu < 500 KB)`,
  );
} finally {
  await close();
  await app.close();
}
