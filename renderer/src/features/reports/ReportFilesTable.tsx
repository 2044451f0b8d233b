import {
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PrinterOutlined,
} from '@ant-design/icons';
import { App, Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ReportEntry, ReportFileInfo } from '../../../../shared/api';
import { api } from '../../api/client';
import { errorMessage } from '../../api/api-error';
import { downloadFile, openPdfForPrinting } from '../../lib/report-download';

function FileIcon({ format }: { format: string }) {
  return format === 'docx' ? (
    <FileWordOutlined style={{ color: '#2b579a', fontSize: 16 }} />
  ) : (
    <FileExcelOutlined style={{ color: '#217346', fontSize: 16 }} />
  );
}

/**
 * Every file of these records, newest first, with the number it was printed with: taken from
 * its name (`…_so-12.docx`), since a record gets its number after its first files were made.
 */
function filesOf(records: ReportEntry[]): (ReportFileInfo & { number: string | null })[] {
  return records
    .flatMap((r) => r.files)
    .map((f) => ({ ...f, number: /_so-([^._]+)\./.exec(f.fileName)?.[1] ?? null }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

/**
 * Generated documents kept in the history: when, which file, its number, whether it is the signed
 * version (Bản đã ký), its check code (SHA-256), and the actions a clerk needs on it (download
 * again, save as PDF, print).
 */
export function ReportFilesTable(props: {
  records: ReportEntry[];
  /** `12/BC-SKHCN` for a number as the document prints it. */
  numberLabel: (number: string) => string;
  empty: string;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const files = filesOf(props.records);

  async function run<T>(key: string, work: () => Promise<T>): Promise<T | undefined> {
    setBusy(key);
    try {
      return await work();
    } catch (error) {
      message.error(errorMessage(error));
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  async function download(file: ReportFileInfo) {
    const f = await run(`file-${file.id}`, () => api('reports.file', { fileId: file.id }));
    if (f) downloadFile(f);
  }

  async function pdf(file: ReportFileInfo) {
    const f = await run(`pdf-${file.id}`, () => api('reports.pdf', { fileId: file.id }));
    if (f) downloadFile(f);
  }

  async function print(file: ReportFileInfo) {
    const f = await run(`print-${file.id}`, () => api('reports.pdf', { fileId: file.id }));
    if (f && !openPdfForPrinting(f)) {
      message.warning(
        'Trình duyệt đã chặn cửa sổ bản in. Hãy cho phép cửa sổ bật lên, hoặc bấm “PDF” để tải bản in về rồi in.',
      );
    }
  }

  const columns: TableColumnsType<(typeof files)[number]> = [
    {
      title: 'Ngày tạo',
      width: 150,
      render: (_, f) => dayjs(f.createdAt).format('DD/MM/YYYY HH:mm'),
    },
    {
      title: 'Tệp',
      render: (_, f) => (
        <span className="file-name">
          <FileIcon format={f.format} />
          {f.fileName}
          {f.signed ? (
            <Tag color="green" className="signed-tag">
              Bản đã ký
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      title: 'Số văn bản',
      width: 130,
      render: (_, f) =>
        f.number ? (
          props.numberLabel(f.number)
        ) : (
          <Typography.Text type="secondary">Chưa có số</Typography.Text>
        ),
    },
    {
      title: 'Mã kiểm tra',
      width: 170,
      render: (_, f) => (
        <Tooltip title={`Mã kiểm tra (SHA-256) đầy đủ: ${f.sha256}`}>
          <Typography.Text
            className="hash-text"
            copyable={{ text: f.sha256, tooltips: ['Sao chép mã đầy đủ', 'Đã sao chép'] }}
          >
            {f.sha256.slice(0, 12)}…
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: '',
      width: 250,
      render: (_, f) => (
        <Space size={6}>
          <Button
            size="small"
            onClick={() => void download(f)}
            loading={busy === `file-${f.id}`}
            aria-label={`Tải về ${f.fileName}`}
          >
            Tải về
          </Button>
          <Button
            size="small"
            icon={<FilePdfOutlined />}
            onClick={() => void pdf(f)}
            loading={busy === `pdf-${f.id}`}
            aria-label={`Chuyển ${f.fileName} sang PDF`}
          >
            PDF
          </Button>
          <Button
            size="small"
            icon={<PrinterOutlined />}
            onClick={() => void print(f)}
            loading={busy === `print-${f.id}`}
            aria-label={`In ${f.fileName}`}
          >
            In
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Table
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={files}
      rowClassName={(f) => (f.signed ? 'signed-row' : '')}
      pagination={files.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.empty} />,
      }}
    />
  );
}
