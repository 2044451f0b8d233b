import type { ReactNode } from 'react';
import { Loading } from '../components/plain/Loading';
import { Notice } from '../components/plain/Notice';
import { CatalogueContext, useCatalogueState } from './catalogue-context';

/** Shows its children once the catalogue is loaded; a spinner or a Vietnamese error before. */
export function CatalogueGate({ children }: { children: ReactNode }) {
  const state = useCatalogueState();
  if (state.status === 'ready')
    return <CatalogueContext.Provider value={state.store}>{children}</CatalogueContext.Provider>;
  if (state.status === 'error') {
    return (
      <Notice
        type="error"
        title="Không tải được danh mục kế hoạch"
        description={state.message}
        action={
          <button type="button" className="plain-button" onClick={state.retry}>
            Thử lại
          </button>
        }
      />
    );
  }
  return <Loading text="Đang tải danh mục kế hoạch…" />;
}
