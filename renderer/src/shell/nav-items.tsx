// The menu's entries with their icons. The icons are drawn from their SVG definitions directly:
// @ant-design/icons would bring its runtime (and antd's colours) into the first screen's code.
import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types';
import AppstoreOutlined from '@ant-design/icons-svg/es/asn/AppstoreOutlined';
import BankOutlined from '@ant-design/icons-svg/es/asn/BankOutlined';
import DashboardOutlined from '@ant-design/icons-svg/es/asn/DashboardOutlined';
import FileDoneOutlined from '@ant-design/icons-svg/es/asn/FileDoneOutlined';
import FundOutlined from '@ant-design/icons-svg/es/asn/FundOutlined';
import HistoryOutlined from '@ant-design/icons-svg/es/asn/HistoryOutlined';
import InboxOutlined from '@ant-design/icons-svg/es/asn/InboxOutlined';
import ProfileOutlined from '@ant-design/icons-svg/es/asn/ProfileOutlined';
import ScheduleOutlined from '@ant-design/icons-svg/es/asn/ScheduleOutlined';
import SettingOutlined from '@ant-design/icons-svg/es/asn/SettingOutlined';
import { createElement, type ReactNode } from 'react';
import { ROUTES, type RoutePath } from '../routing/routes';

const ICONS: Record<RoutePath, IconDefinition> = {
  'tong-quan': DashboardOutlined,
  'ke-hoach': ProfileOutlined,
  'nhiem-vu': AppstoreOutlined,
  'chi-tieu': FundOutlined,
  'don-vi': BankOutlined,
  'ky-bao-cao': ScheduleOutlined,
  'tiep-nhan': InboxOutlined,
  'bao-cao-tong-hop': FileDoneOutlined,
  'nhat-ky': HistoryOutlined,
  'cai-dat': SettingOutlined,
};

function draw(node: AbstractNode, key?: number): ReactNode {
  return createElement(node.tag, { key, ...node.attrs }, node.children?.map(draw));
}

/** An outlined icon at the text's size and colour, like antd's icons. */
function NavIcon({ definition }: { definition: IconDefinition }) {
  const svg = typeof definition.icon === 'function' ? definition.icon('', '') : definition.icon;
  return (
    <span className="nav-icon" aria-hidden>
      {createElement(
        svg.tag,
        { ...svg.attrs, width: '1em', height: '1em', fill: 'currentColor' },
        svg.children?.map(draw),
      )}
    </span>
  );
}

export const NAV_ITEMS: { path: RoutePath; label: string; icon: ReactNode }[] = ROUTES.map((r) => ({
  path: r.path,
  label: r.label,
  icon: <NavIcon definition={ICONS[r.path]} />,
}));
