import { createContext, useContext } from 'react';
import type { AgencyInput, Catalogue, IndicatorPatch, TaskPatch } from '../../../shared/api';
import type { Agency, Indicator, Task } from '../../../shared/domain/types';
import type { CatalogueIndex } from '../lib/catalogue-index';

export interface CatalogueStore {
  catalogue: Catalogue;
  index: CatalogueIndex;
  /** Loads everything again (after a change that touches many rows, e.g. a merger). */
  reload(): Promise<void>;
  updateTask(id: number, patch: TaskPatch): Promise<Task>;
  updateIndicator(id: number, patch: IndicatorPatch): Promise<Indicator>;
  createAgency(agency: AgencyInput): Promise<Agency>;
  updateAgency(id: number, patch: Partial<AgencyInput>): Promise<Agency>;
  mergeAgency(fromId: number, intoId: number): Promise<Agency>;
  /** Undoes a merger entered by mistake. */
  unmergeAgency(id: number): Promise<Agency>;
}

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry(): void }
  | { status: 'ready'; store: CatalogueStore };

export const CatalogueContext = createContext<CatalogueState>({ status: 'loading' });

export function useCatalogueState(): CatalogueState {
  return useContext(CatalogueContext);
}

/** The loaded plan catalogue; only for screens rendered inside <CatalogueGate>. */
export function useCatalogue(): CatalogueStore {
  const state = useContext(CatalogueContext);
  if (state.status !== 'ready') throw new Error('useCatalogue outside CatalogueGate');
  return state.store;
}
