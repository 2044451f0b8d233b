import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';

interface Props {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}

/** The search box above a table: filters while typing, so no search button is needed. */
export function SearchBox({ label, placeholder, value, onChange }: Props) {
  return (
    <Input
      type="search"
      className="toolbar-search"
      aria-label={label}
      placeholder={placeholder}
      allowClear
      prefix={<SearchOutlined aria-hidden className="search-icon" />}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
