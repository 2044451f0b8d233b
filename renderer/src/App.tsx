import { DataProvider } from './data/DataProvider';
import { AppShell } from './shell/AppShell';
import { BackendRestartNotice } from './shell/BackendRestartNotice';

export function App() {
  return (
    <>
      <BackendRestartNotice />
      <DataProvider>
        <AppShell />
      </DataProvider>
    </>
  );
}
