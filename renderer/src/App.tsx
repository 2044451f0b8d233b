import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { CatalogueProvider } from './data/CatalogueProvider';
import { AppShell } from './shell/AppShell';
import { BackendRestartNotice } from './shell/BackendRestartNotice';
import { theme } from './theme';

export function App() {
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        <BackendRestartNotice />
        <CatalogueProvider>
          <AppShell />
        </CatalogueProvider>
      </AntApp>
    </ConfigProvider>
  );
}
