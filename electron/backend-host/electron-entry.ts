// The backend host in Electron's utility process (bundled as dist/electron/backend-host.js).
import { runHost } from './host';
import { parentPortOf } from './ports';

runHost(parentPortOf(process.parentPort));
