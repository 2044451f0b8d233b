import { Select } from 'antd';
import { useCatalogue } from '../../data/catalogue-context';
import { assigneeOptions } from '../../lib/agency-options';
import { foldedSearch } from '../../lib/select-search';

interface Props {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
  status?: '' | 'error' | 'warning';
}

/** Multi-select of agencies and collective groups (values `agency:5`, `group:1`). */
export function AssigneeSelect({ id, value = [], onChange, placeholder, status }: Props) {
  const { catalogue, index } = useCatalogue();
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      options={assigneeOptions(index, catalogue.assignmentGroups, value)}
      showSearch={foldedSearch}
      placeholder={placeholder}
      status={status}
      allowClear
      notFoundContent="Không có đơn vị nào khớp"
    />
  );
}
