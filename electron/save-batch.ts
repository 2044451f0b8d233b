// Reports come as a pair (Word and Excel) saved one after the other: one "Đã lưu" box for the
// burst, not one per file. Free of the 'electron' import; timers are passed in for the tests.

export interface SavedBatch {
  folder: string;
  names: string[];
}

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** Collects saved files and calls `show` once they stop arriving for `quietMs`. */
export function saveNotifier(
  show: (batch: SavedBatch) => void,
  quietMs = 1500,
  timers: Timers = { setTimeout, clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
): (folder: string, name: string) => void {
  let pending: SavedBatch | null = null;
  let timer: unknown = null;
  const flush = () => {
    const batch = pending;
    pending = null;
    timer = null;
    if (batch) show(batch);
  };
  return (folder, name) => {
    // Another folder means another answer to "where did it go": show the first group now.
    if (pending && pending.folder !== folder) {
      timers.clearTimeout(timer);
      flush();
    }
    pending ??= { folder, names: [] };
    pending.names.push(name);
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(flush, quietMs);
  };
}

/** The box's text: which files, and where. */
export function savedMessage({ folder, names }: SavedBatch): { message: string; detail: string } {
  return {
    message: names.length === 1 ? 'Đã lưu tệp.' : `Đã lưu ${names.length} tệp.`,
    detail: `${names.join('\n')}\n\nTrong thư mục: ${folder}`,
  };
}
