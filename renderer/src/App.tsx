import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { DataProvider } from './data/DataProvider';
import { AppShell } from './shell/AppShell';
import { BackendRestartNotice } from './shell/BackendRestartNotice';
import { theme } from './theme';

export function App() {
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        <BackendRestartNotice />
        <DataProvider>
          <AppShell />
        </DataProvider>
      </AntApp>
    </ConfigProvider>
  );
}
