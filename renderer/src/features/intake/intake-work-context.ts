// The import screen's work in progress (dropped files, previews, the clerk's choices), held above
// the screens so that switching to another screen and back loses nothing.
import { createContext, useContext, type Dispatch, type SetStateAction } from 'react';
import type { IntakeFile } from './intake-matching';

export interface IntakeWork {
  files: IntakeFile[];
  setFiles: Dispatch<SetStateAction<IntakeFile[]>>;
  /** The dropped files' contents by local id, read when a file is previewed. */
  blobs: Map<string, File>;
}

export const IntakeWorkContext = createContext<IntakeWork | null>(null);

export function useIntakeWork(): IntakeWork {
  const work = useContext(IntakeWorkContext);
  if (!work) throw new Error('useIntakeWork outside IntakeWorkProvider');
  return work;
}
