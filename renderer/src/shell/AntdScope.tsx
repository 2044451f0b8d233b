// Ant Design's theme, Vietnamese locale and message/modal/notification holders, loaded with the
// first part of the window that draws antd (a screen other than Tổng quan, a trace popover, a
// notice): the shell and the dashboard are drawn without antd so the window opens on less code
// (issue 13: the first screen's JS).
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import { theme } from '../theme';

export function AntdScope({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
