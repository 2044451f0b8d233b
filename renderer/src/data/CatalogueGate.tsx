import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { CatalogueContext, useCatalogueState } from './catalogue-context';

/** Shows its children once the catalogue is loaded; a spinner or a Vietnamese error before. */
export function CatalogueGate({ children }: { children: ReactNode }) {
  const state = useCatalogueState();
  if (state.status === 'ready')
    return <CatalogueContext.Provider value={state.store}>{children}</CatalogueContext.Provider>;
  if (state.status === 'error') {
    return (
      <Alert
        type="error"
        showIcon
        title="Không tải được danh mục kế hoạch"
        description={state.message}
        action={<Button onClick={state.retry}>Thử lại</Button>}
      />
    );
  }
  return (
    <div className="screen-loading">
      <Spin size="large" description="Đang tải danh mục kế hoạch…">
        <div className="screen-loading-box" />
      </Spin>
    </div>
  );
}
