import { useMemo, useState, type ReactNode } from 'react';
import type { IntakeFile } from './intake-matching';
import { IntakeWorkContext } from './intake-work-context';

/** Keeps the import screen's files and choices for the whole session of the window. */
export function IntakeWorkProvider({ children }: { children: ReactNode }) {
  const [files, setFiles] = useState<IntakeFile[]>([]);
  // One map for the window's life; its entries change, the map itself never does.
  const [blobs] = useState(() => new Map<string, File>());
  const value = useMemo(() => ({ files, setFiles, blobs }), [files, blobs]);
  return <IntakeWorkContext.Provider value={value}>{children}</IntakeWorkContext.Provider>;
}
