// Electron's printToPDF as the backend's HTML printer: each document is loaded into a hidden,
// script-less window and printed with the options the tests use with Chromium (html-printer.ts).
import { BrowserWindow } from 'electron';
import { PRINT_TO_PDF_OPTIONS, type HtmlPrinter } from './backend/reports/html-printer';

export function electronPrinter(): HtmlPrinter {
  return async (html) => {
    const win = new BrowserWindow({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
      },
    });
    try {
      await win.loadURL(
        `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`,
      );
      return await win.webContents.printToPDF({ ...PRINT_TO_PDF_OPTIONS });
    } finally {
      win.destroy();
    }
  };
}
