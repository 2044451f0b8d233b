// The backend host as a plain Node child process (forked with serialization 'advanced'): the same
// host the desktop app runs in Electron's utility process, so that tests exercise it without Electron.
import { runHost } from './host';
import { forkedProcessPort } from './ports';

runHost(forkedProcessPort(process));
// An orphan would keep the database open: the host ends with its parent.
process.on('disconnect', () => process.exit(0));
