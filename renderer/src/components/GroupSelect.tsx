import { Select } from 'antd';
import { useCatalogue } from '../data/catalogue-context';

/** "Lọc theo nhóm": the plan's task groups I–VII; clearing it shows every group. */
export function GroupSelect(props: {
  value: string | null;
  onChange: (code: string | null) => void;
}) {
  const { catalogue, index } = useCatalogue();
  const groups = catalogue.groups
    .filter((g) => !index.plan || g.planId === index.plan.id)
    .sort((a, b) => a.position - b.position);
  return (
    <Select
      className="toolbar-group"
      aria-label="Lọc theo nhóm"
      placeholder="Tất cả các nhóm"
      allowClear
      value={props.value ?? undefined}
      onChange={(v?: string) => props.onChange(v ?? null)}
      options={groups.map((g) => ({ value: g.code, label: `Nhóm ${g.code}. ${g.title}` }))}
      popupMatchSelectWidth={520}
    />
  );
}
