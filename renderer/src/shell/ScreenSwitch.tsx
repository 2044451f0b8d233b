// One screen file per area, each its own chunk: the window opens with the shell and the screen
// asked for, the others load when first chosen (issue 13: the whole UI was one 1.5 MB file).
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { RoutePath } from '../routing/routes';
import { CatalogueGate } from '../data/CatalogueGate';
import { Loading } from '../components/plain/Loading';

/**
 * A screen module's named export as a lazily loaded component. Screens get dayjs in Vietnamese
 * with their code (their date pickers and dates), except `withoutDates`: the dashboard, which
 * shows no dayjs date and opens first, so the window paints without it.
 */
function screen<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  withoutDates = false,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    // First, so that the screen's modules already find dayjs speaking Vietnamese.
    if (!withoutDates) await import('./dayjs-vi');
    const module = await load();
    const component: ComponentType = module[name];
    return { default: component };
  });
}

const OverviewScreen = screen(
  () => import('../features/overview/OverviewScreen'),
  'OverviewScreen',
  true,
);
const PlanScreen = screen(() => import('../features/plan/PlanScreen'), 'PlanScreen');
const TasksScreen = screen(() => import('../features/tasks/TasksScreen'), 'TasksScreen');
const IndicatorsScreen = screen(
  () => import('../features/indicators/IndicatorsScreen'),
  'IndicatorsScreen',
);
const AgenciesScreen = screen(
  () => import('../features/agencies/AgenciesScreen'),
  'AgenciesScreen',
);
const PeriodsScreen = screen(() => import('../features/periods/PeriodsScreen'), 'PeriodsScreen');
const IntakeScreen = screen(() => import('../features/intake/IntakeScreen'), 'IntakeScreen');
const ReportsScreen = screen(() => import('../features/reports/ReportsScreen'), 'ReportsScreen');
const SettingsScreen = screen(
  () => import('../features/settings/SettingsScreen'),
  'SettingsScreen',
);
const AuditScreen = screen(() => import('../features/audit/AuditScreen'), 'AuditScreen');

/** Shown while a screen's code arrives (a blink on a local disk, longer on a slow machine). */
export function ScreenLoading() {
  return <Loading text="Đang mở màn hình…" />;
}

export function ScreenSwitch({ path }: { path: RoutePath }) {
  return (
    <Suspense fallback={<ScreenLoading />}>
      <Screen path={path} />
    </Suspense>
  );
}

function Screen({ path }: { path: RoutePath }) {
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
      return <IntakeScreen />;
    case 'bao-cao-tong-hop':
      return <ReportsScreen />;
    case 'nhat-ky':
      return <AuditScreen />;
    case 'cai-dat':
      return <SettingsScreen />;
  }
}
