import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ImportDiffEntry } from '../../../../shared/domain/import-types';
import { DIFF_FIELD_LABEL, kindWord } from './intake-labels';

const FIELD_COLOR: Partial<Record<ImportDiffEntry['field'], string>> = {
  added: 'green',
  removed: 'red',
  status: 'blue',
};

function Value({ text }: { text: string | null }) {
  if (text === null || text === '')
    return <Typography.Text type="secondary">(trống)</Typography.Text>;
  return (
    <Typography.Paragraph className="diff-value" ellipsis={{ rows: 3, tooltip: text }}>
      {text}
    </Typography.Paragraph>
  );
}

/** "Thay đổi so với phiên bản trước": one line per changed field of a plan row. */
export function DiffTable({ diff, label }: { diff: ImportDiffEntry[]; label: string }) {
  const columns: TableColumnsType<ImportDiffEntry> = [
    {
      title: 'Dòng kế hoạch',
      width: 150,
      render: (_, d) => `${kindWord(d.kind)} ${d.code}`,
    },
    {
      title: 'Thay đổi',
      width: 130,
      render: (_, d) => <Tag color={FIELD_COLOR[d.field]}>{DIFF_FIELD_LABEL[d.field]}</Tag>,
    },
    { title: 'Trước', render: (_, d) => <Value text={d.before} /> },
    { title: 'Sau', render: (_, d) => <Value text={d.after} /> },
  ];
  return (
    <section aria-label={label}>
      <Table<ImportDiffEntry>
        className="diff-table"
        rowKey={(d) => `${d.kind}:${d.code}:${d.field}`}
        columns={columns}
        dataSource={diff}
        size="small"
        pagination={diff.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      />
    </section>
  );
}
