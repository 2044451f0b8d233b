// Forms for every agency as a backend job (forms.start, then jobs.get until done): the backend
// builds them on worker threads and writes one zip, which is then downloaded once from /files/<id>
// in the browser; in the desktop app the backend writes it where the clerk chooses (no bytes
// through the window).
import type { JobInfo } from '../../../../shared/api';
import { api } from '../../api/client';
import { hasIpcBridge } from '../../api/ipc-transport';
import { base64ToBytes, saveBytes, ZIP_MIME } from '../../lib/file-bytes';

const POLL_MS = 300;

export async function generateFormsZip(
  period: string,
  onProgress: (job: JobInfo) => void,
): Promise<JobInfo> {
  let job = await api('forms.start', { period });
  while (job.state === 'running') {
    onProgress(job);
    await new Promise((r) => window.setTimeout(r, POLL_MS));
    job = await api('jobs.get', { id: job.id });
  }
  if (job.state === 'failed' || !job.file) throw new Error(job.error ?? job.message);
  const shell = window.thbcShell;
  if (shell) {
    const saved = await shell.saveJobFile(job.id, job.file.fileName);
    if (!saved.ok) throw new Error(saved.error.message);
  } else if (hasIpcBridge()) {
    const file = await api('jobs.file', { id: job.id });
    saveBytes(file.fileName, base64ToBytes(file.data), ZIP_MIME);
  } else {
    const link = document.createElement('a');
    link.href = `/files/${job.id}`;
    link.download = job.file.fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  return job;
}
