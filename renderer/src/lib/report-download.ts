// Saves a file the backend produced (base64, see GeneratedFile) through the browser's download.
import type { GeneratedFile } from '../../../shared/api';

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const bin = atob(data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

export function downloadFile(file: GeneratedFile): void {
  const ext = /\.([a-z0-9]+)$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? '';
  const blob = new Blob([base64ToBytes(file.data)], {
    type: MIME[ext] ?? 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by now; give slow machines a minute before freeing the memory.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
