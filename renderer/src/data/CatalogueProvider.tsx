// Loads the plan catalogue once and keeps it current after each change the user saves.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalogue } from '../../../shared/api';
import { api } from '../api/client';
import { errorMessage } from '../api/api-error';
import { buildIndex } from '../lib/catalogue-index';
import { CatalogueContext, type CatalogueState, type CatalogueStore } from './catalogue-context';

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; catalogue: Catalogue };

async function load(): Promise<Loaded> {
  try {
    return { status: 'ready', catalogue: await api('catalogue.get', {}) };
  } catch (error) {
    return { status: 'error', message: errorMessage(error) };
  }
}

export function CatalogueProvider({ children }: { children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  const fetchCatalogue = useCallback(async () => {
    setLoaded(await load());
  }, []);

  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (live) setLoaded(result);
    });
    return () => {
      live = false;
    };
  }, []);

  const catalogue = loaded.status === 'ready' ? loaded.catalogue : null;
  const store = useMemo<CatalogueStore | null>(() => {
    if (!catalogue) return null;
    const change = (update: (c: Catalogue) => Partial<Catalogue>) =>
      setLoaded((s) =>
        s.status === 'ready' ? { ...s, catalogue: { ...s.catalogue, ...update(s.catalogue) } } : s,
      );
    return {
      catalogue,
      index: buildIndex(catalogue),
      reload: fetchCatalogue,
      async updateTask(id, patch) {
        const task = await api('tasks.update', { id, patch });
        change((c) => ({ tasks: c.tasks.map((t) => (t.id === id ? task : t)) }));
        return task;
      },
      async updateIndicator(id, patch) {
        const indicator = await api('indicators.update', { id, patch });
        change((c) => ({ indicators: c.indicators.map((x) => (x.id === id ? indicator : x)) }));
        return indicator;
      },
      // Agency changes alter names shown on many tasks and indicators: load everything again.
      async createAgency(agency) {
        const created = await api('agencies.create', { agency });
        await fetchCatalogue();
        return created;
      },
      async updateAgency(id, patch) {
        const updated = await api('agencies.update', { id, patch });
        await fetchCatalogue();
        return updated;
      },
      async mergeAgency(fromId, intoId) {
        const merged = await api('agencies.merge', { fromId, intoId });
        await fetchCatalogue();
        return merged;
      },
      async unmergeAgency(id) {
        const restored = await api('agencies.unmerge', { id });
        await fetchCatalogue();
        return restored;
      },
    };
  }, [catalogue, fetchCatalogue]);

  const state = useMemo<CatalogueState>(() => {
    if (store) return { status: 'ready', store };
    if (loaded.status === 'error') {
      return {
        status: 'error',
        message: loaded.message,
        retry: () => {
          setLoaded({ status: 'loading' });
          void fetchCatalogue();
        },
      };
    }
    return { status: 'loading' };
  }, [store, loaded, fetchCatalogue]);

  return <CatalogueContext.Provider value={state}>{children}</CatalogueContext.Provider>;
}
