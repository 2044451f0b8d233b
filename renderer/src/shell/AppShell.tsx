import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { useCatalogueState } from '../data/catalogue-context';
import { IntakeWorkProvider } from '../features/intake/IntakeWorkProvider';
import { formatHash } from '../routing/hash-location';
import { DEFAULT_ROUTE, isRoutePath, ROUTES } from '../routing/routes';
import { useHashRoute } from '../routing/use-hash-route';
import { NAV_ITEMS } from './nav-items';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { ScreenLoading, ScreenSwitch } from './ScreenSwitch';
import './app-shell.css';

// antd's theme, locale and message holders arrive with the first screen that draws antd, and stay.
const AntdScope = lazy(async () => ({ default: (await import('./AntdScope')).AntdScope }));

// Below this width the menu shows its icons only (app-shell.css); each then names itself on hover.
const NARROW = '(max-width: 991px)';

function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(NARROW).matches,
  );
}

function PlanLine() {
  const state = useCatalogueState();
  if (state.status !== 'ready') return null;
  const plan = state.store.index.plan;
  if (!plan) return null;
  const text = `Kế hoạch: ${plan.title}`;
  return (
    <span className="app-plan-line" title={text}>
      {text}
    </span>
  );
}

export function AppShell() {
  const route = useHashRoute();
  const path = isRoutePath(route.path) ? route.path : DEFAULT_ROUTE;
  const label = ROUTES.find((r) => r.path === path)?.label ?? '';
  const narrow = useNarrow();
  // Tổng quan draws without antd; any other screen needs it, from then on for the whole session.
  const [antd, setAntd] = useState(path !== 'tong-quan');
  if (path !== 'tong-quan' && !antd) setAntd(true);

  useEffect(() => {
    document.title = `${label} – Tổng hợp Báo cáo`;
  }, [label]);

  const screen = (
    <ScreenErrorBoundary key={path}>
      <ScreenSwitch path={path} />
    </ScreenErrorBoundary>
  );

  // The import screen's dropped files outlive the screen: switching away and back loses nothing.
  return (
    <IntakeWorkProvider>
      <div className="app-layout">
        <header className="app-header">
          <div className="app-brand">
            <span className="app-logo" aria-hidden>
              TH
            </span>
            <span className="app-name">Tổng hợp Báo cáo</span>
          </div>
          <PlanLine />
        </header>
        <div className="app-body">
          <aside className="app-sider">
            <nav aria-label="Các mục của ứng dụng">
              <ul className="app-nav">
                {NAV_ITEMS.map((item) => (
                  <li key={item.path}>
                    <a
                      href={formatHash(item.path)}
                      className={item.path === path ? 'app-nav-item current' : 'app-nav-item'}
                      aria-current={item.path === path ? 'page' : undefined}
                      title={narrow ? item.label : undefined}
                    >
                      {item.icon}
                      <span className="app-nav-label">{item.label}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </aside>
          <main className="app-content">
            {antd ? (
              <Suspense fallback={<ScreenLoading />}>
                <AntdScope>{screen}</AntdScope>
              </Suspense>
            ) : (
              screen
            )}
          </main>
        </div>
      </div>
    </IntakeWorkProvider>
  );
}
