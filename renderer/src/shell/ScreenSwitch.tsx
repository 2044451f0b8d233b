// One screen file per area, so each can be built independently.
import type { RoutePath } from '../routing/routes';
import { CatalogueGate } from '../data/CatalogueGate';
import { OverviewScreen } from '../screens/OverviewScreen';
import { PlanScreen } from '../screens/PlanScreen';
import { TasksScreen } from '../screens/TasksScreen';
import { IndicatorsScreen } from '../screens/IndicatorsScreen';
import { AgenciesScreen } from '../screens/AgenciesScreen';
import { PeriodsScreen } from '../screens/PeriodsScreen';
import { SubmissionsScreen } from '../screens/SubmissionsScreen';
import { ReportsScreen } from '../screens/ReportsScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { AuditScreen } from '../screens/AuditScreen';

export function ScreenSwitch({ path }: { path: RoutePath }) {
  switch (path) {
    case 'tong-quan':
      return <OverviewScreen />;
    case 'ke-hoach':
      return (
        <CatalogueGate>
          <PlanScreen />
        </CatalogueGate>
      );
    case 'nhiem-vu':
      return (
        <CatalogueGate>
          <TasksScreen />
        </CatalogueGate>
      );
    case 'chi-tieu':
      return (
        <CatalogueGate>
          <IndicatorsScreen />
        </CatalogueGate>
      );
    case 'don-vi':
      return (
        <CatalogueGate>
          <AgenciesScreen />
        </CatalogueGate>
      );
    case 'ky-bao-cao':
      return <PeriodsScreen />;
    case 'tiep-nhan':
      return <SubmissionsScreen />;
    case 'bao-cao-tong-hop':
      return <ReportsScreen />;
    case 'nhat-ky':
      return <AuditScreen />;
    case 'cai-dat':
      return <SettingsScreen />;
  }
}
