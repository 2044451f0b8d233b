// Saves a file the backend produced (base64, see GeneratedFile) through the browser's download.
import type { GeneratedFile } from '../../../shared/api';
import { base64ToBytes, saveBytes, XLSX_MIME } from './file-bytes';

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: XLSX_MIME,
  pdf: 'application/pdf',
};

export function downloadFile(file: GeneratedFile): void {
  const ext = /\.([a-z0-9]+)$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? '';
  saveBytes(file.fileName, base64ToBytes(file.data), MIME[ext] ?? 'application/octet-stream');
}

/**
 * Opens a PDF in a window of its own (the browser's PDF viewer, or the desktop app's viewer
 * window) where the user prints it; false when a pop-up blocker refused the window.
 */
export function openPdfForPrinting(file: GeneratedFile): boolean {
  const blob = new Blob([base64ToBytes(file.data)], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  const win = window.open(url, '_blank');
  // The viewer keeps its own copy once loaded; free the memory after a generous delay.
  window.setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  return win !== null;
}
