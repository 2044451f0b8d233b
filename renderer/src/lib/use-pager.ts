import { useState } from 'react';
import type { TablePaginationConfig } from 'antd';

/**
 * Table pagination that goes back to page 1 whenever the filter changes (`filterKey`), and shows
 * "1–20 / 75 <noun>".
 */
export function usePager(filterKey: string, noun: string, defaultSize = 20): TablePaginationConfig {
  const [state, setState] = useState({ key: filterKey, current: 1, pageSize: defaultSize });
  const current = state.key === filterKey ? state.current : 1;
  return {
    current,
    pageSize: state.pageSize,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total, [from, to]) => `${from}–${to} / ${total} ${noun}`,
    onChange: (page, pageSize) =>
      setState({ key: filterKey, current: pageSize === state.pageSize ? page : 1, pageSize }),
    hideOnSinglePage: false,
  };
}
