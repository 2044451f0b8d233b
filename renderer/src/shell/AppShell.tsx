import { Layout, Menu, Tooltip, Typography } from 'antd';
import { useEffect } from 'react';
import { useCatalogueState } from '../data/catalogue-context';
import { IntakeWorkProvider } from '../features/intake/IntakeWorkProvider';
import { DEFAULT_ROUTE, isRoutePath, ROUTES } from '../routing/routes';
import { useHashRoute } from '../routing/use-hash-route';
import { NAV_ITEMS } from './nav-items';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { ScreenSwitch } from './ScreenSwitch';

const { Header, Sider, Content } = Layout;

function PlanLine() {
  const state = useCatalogueState();
  if (state.status !== 'ready') return null;
  const plan = state.store.index.plan;
  if (!plan) return null;
  const text = `Kế hoạch: ${plan.title}`;
  return (
    <Tooltip title={text} placement="bottomLeft">
      <Typography.Text type="secondary" className="app-plan-line" ellipsis>
        {text}
      </Typography.Text>
    </Tooltip>
  );
}

export function AppShell() {
  const route = useHashRoute();
  const path = isRoutePath(route.path) ? route.path : DEFAULT_ROUTE;
  const label = ROUTES.find((r) => r.path === path)?.label ?? '';

  useEffect(() => {
    document.title = `${label} – Tổng hợp Báo cáo`;
  }, [label]);

  // The import screen's dropped files outlive the screen: switching away and back loses nothing.
  return (
    <IntakeWorkProvider>
      <Layout className="app-layout">
        <Header className="app-header">
          <div className="app-brand">
            <span className="app-logo" aria-hidden>
              TH
            </span>
            <span className="app-name">Tổng hợp Báo cáo</span>
          </div>
          <PlanLine />
        </Header>
        <Layout>
          <Sider width={220} className="app-sider" breakpoint="lg" collapsedWidth={64}>
            <nav aria-label="Các mục của ứng dụng">
              <Menu
                mode="inline"
                selectedKeys={[path]}
                items={NAV_ITEMS}
                onClick={({ key }) => route.navigate(key)}
              />
            </nav>
          </Sider>
          <Content className="app-content">
            <ScreenErrorBoundary key={path}>
              <ScreenSwitch path={path} />
            </ScreenErrorBoundary>
          </Content>
        </Layout>
      </Layout>
    </IntakeWorkProvider>
  );
}
