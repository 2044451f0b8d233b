// The plan catalogue, loaded once through the shared cache and loaded again after any change to
// it (tasks, indicators, agencies, plans: see shared/api-effects.ts).
import { createContext, useContext } from 'react';
import type { AgencyInput, Catalogue, IndicatorPatch, TaskPatch } from '../../../shared/api';
import type { Agency, Indicator, Task } from '../../../shared/domain/types';
import { api } from '../api/client';
import { useApiQuery } from '../api/queries';
import { buildIndex, type CatalogueIndex } from '../lib/catalogue-index';

export interface CatalogueStore {
  catalogue: Catalogue;
  index: CatalogueIndex;
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

// One store per loaded catalogue, shared by every component that reads it (the index is not cheap).
const stores = new WeakMap<Catalogue, CatalogueStore>();

// Each call resolves once the catalogue shown has been loaded again with the change.
const changes = {
  updateTask: (id: number, patch: TaskPatch) => api('tasks.update', { id, patch }),
  updateIndicator: (id: number, patch: IndicatorPatch) => api('indicators.update', { id, patch }),
  createAgency: (agency: AgencyInput) => api('agencies.create', { agency }),
  updateAgency: (id: number, patch: Partial<AgencyInput>) => api('agencies.update', { id, patch }),
  mergeAgency: (fromId: number, intoId: number) => api('agencies.merge', { fromId, intoId }),
  unmergeAgency: (id: number) => api('agencies.unmerge', { id }),
};

function storeOf(catalogue: Catalogue): CatalogueStore {
  let store = stores.get(catalogue);
  if (!store) {
    store = { catalogue, index: buildIndex(catalogue), ...changes };
    stores.set(catalogue, store);
  }
  return store;
}

export function useCatalogueState(): CatalogueState {
  const loaded = useApiQuery('catalogue.get', {});
  if (loaded.value) return { status: 'ready', store: storeOf(loaded.value) };
  if (loaded.error) return { status: 'error', message: loaded.error, retry: loaded.reload };
  return { status: 'loading' };
}

/** What <CatalogueGate> hands its screens: one cache subscription, not one per table cell. */
export const CatalogueContext = createContext<CatalogueStore | null>(null);

/** The loaded plan catalogue; only for screens rendered inside <CatalogueGate>. */
export function useCatalogue(): CatalogueStore {
  const store = useContext(CatalogueContext);
  if (!store) throw new Error('useCatalogue outside CatalogueGate');
  return store;
}
