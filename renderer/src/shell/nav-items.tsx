import {
  AppstoreOutlined,
  BankOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FundOutlined,
  HistoryOutlined,
  InboxOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { ROUTES, type RoutePath } from '../routing/routes';

const ICONS: Record<RoutePath, React.ReactNode> = {
  'tong-quan': <DashboardOutlined aria-hidden />,
  'ke-hoach': <ProfileOutlined aria-hidden />,
  'nhiem-vu': <AppstoreOutlined aria-hidden />,
  'chi-tieu': <FundOutlined aria-hidden />,
  'don-vi': <BankOutlined aria-hidden />,
  'ky-bao-cao': <ScheduleOutlined aria-hidden />,
  'tiep-nhan': <InboxOutlined aria-hidden />,
  'bao-cao-tong-hop': <FileDoneOutlined aria-hidden />,
  'nhat-ky': <HistoryOutlined aria-hidden />,
  'cai-dat': <SettingOutlined aria-hidden />,
};

export const NAV_ITEMS: NonNullable<MenuProps['items']> = ROUTES.map((r) => ({
  key: r.path,
  icon: ICONS[r.path],
  label: r.label,
}));
