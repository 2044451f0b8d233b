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
  files: Map<string, StoredFile>;
}

const TTL_MS = 4 * 60 * 60 * 1000;
const MAX_PREVIEWS = 20;

export class PreviewStore {
  private readonly entries = new Map<string, Entry>();

  add(files: StoredFile[]): string {
    this.prune();
    const id = randomUUID();
    this.entries.set(id, {
      createdAt: Date.now(),
      files: new Map(files.map((f) => [f.preview.fileId, f])),
    });
    return id;
  }

  get(id: string): Map<string, StoredFile> | null {
    return this.entries.get(id)?.files ?? null;
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, e] of this.entries) if (now - e.createdAt > TTL_MS) this.entries.delete(id);
    // Oldest first: Map keeps insertion order.
    while (this.entries.size >= MAX_PREVIEWS)
      this.entries.delete(this.entries.keys().next().value!);
  }
}
