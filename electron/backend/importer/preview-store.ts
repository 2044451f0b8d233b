// Previews live in memory between "preview" and "commit" (same process for every transport);
// the bytes stay here so commit stores exactly the file the user reviewed.
import { randomUUID } from 'node:crypto';
import type { Extraction, FilePreview } from '../../../shared/domain/import-types';

export interface StoredFile {
  /** The plan tracked when the preview was made: its matches are that plan's rows. */
  planId: number;
  preview: FilePreview;
  extraction: Extraction | null;
  bytes: Uint8Array;
}

interface Entry {
  createdAt: number;
  bytes: number;
  files: Map<string, StoredFile>;
}

// A preview waits for the clerk's answers, not for days: an hour, at most 20 of them, and at most
// 256 MB of files held together (the oldest previews go first; the newest is always kept).
const TTL_MS = 60 * 60 * 1000;
const MAX_PREVIEWS = 20;
const MAX_BYTES = 256 * 1024 * 1024;

export class PreviewStore {
  private readonly entries = new Map<string, Entry>();

  add(files: StoredFile[]): string {
    // A file that could not be read is never written: its bytes are not worth holding.
    const kept = files.map((f) => (f.preview.ok ? f : { ...f, bytes: new Uint8Array(0) }));
    const bytes = kept.reduce((n, f) => n + f.bytes.byteLength, 0);
    this.prune(bytes);
    const id = randomUUID();
    this.entries.set(id, {
      createdAt: Date.now(),
      bytes,
      files: new Map(kept.map((f) => [f.preview.fileId, f])),
    });
    return id;
  }

  /** Bytes of agencies' files held by all previews. */
  heldBytes(): number {
    let n = 0;
    for (const e of this.entries.values()) n += e.bytes;
    return n;
  }

  get(id: string): Map<string, StoredFile> | null {
    return this.entries.get(id)?.files ?? null;
  }

  private prune(incoming: number): void {
    const now = Date.now();
    for (const [id, e] of this.entries) if (now - e.createdAt > TTL_MS) this.entries.delete(id);
    // Oldest first: Map keeps insertion order.
    while (
      this.entries.size > 0 &&
      (this.entries.size >= MAX_PREVIEWS || this.heldBytes() + incoming > MAX_BYTES)
    )
      this.entries.delete(this.entries.keys().next().value!);
  }
}
