import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Form,
  Modal,
  Space,
  Table,
  Tabs,
  Typography,
  Upload,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import type { PlanImportPreview } from '../../../../shared/api';
import type { ImportIssue } from '../../../../shared/domain/import-types';
import { formatVnNumber } from '../../../../shared/domain/text';
import { api } from '../../api/client';
import { errorMessage } from '../../api/api-error';
import { applyFieldErrors, clearErrorsOnChange } from '../../lib/form-errors';
import { MAX_FILE_BYTES } from '../../../../shared/domain/limits';
import { readAsBase64 } from '../../lib/file-bytes';
import { useDiscardGuard, useFormChanges } from '../../lib/use-discard-guard';
import { PLAN_FIELDS, PlanFields, planMetaOf, type PlanFieldValues } from './PlanFields';

type PreviewTask = PlanImportPreview['tasks'][number];
type PreviewIndicator = PlanImportPreview['indicators'][number];

/** `Trang Phụ lục II, dòng 14: …` */
function issueText(i: ImportIssue): string {
  const where = [i.sheet ? `Trang ${i.sheet}` : '', i.row ? `dòng ${i.row}` : '']
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${i.message}` : i.message;
}

const NEW_PLAN = { symbol: 'KH-UBND', number: '', issuedOn: null };

const TASK_COLUMNS: TableColumnsType<PreviewTask> = [
  { title: 'Mã', dataIndex: 'code', width: 70 },
  {
    title: 'Nhiệm vụ',
    dataIndex: 'text',
    render: (t: string) => <Typography.Paragraph ellipsis={{ rows: 2 }}>{t}</Typography.Paragraph>,
  },
  {
    title: 'Cơ quan chủ trì',
    width: 220,
    render: (_, t) =>
      t.lead.length > 0 ? (
        t.lead.join('; ')
      ) : (
        <Typography.Text type="warning">
          {t.leadText ? `Chưa nhận ra: ${t.leadText}` : 'Không ghi'}
        </Typography.Text>
      ),
  },
  { title: 'Thời hạn', dataIndex: 'deadlineText', width: 140 },
];

const INDICATOR_COLUMNS: TableColumnsType<PreviewIndicator> = [
  { title: 'Mã', dataIndex: 'code', width: 70 },
  {
    title: 'Chỉ tiêu',
    dataIndex: 'text',
    render: (t: string) => <Typography.Paragraph ellipsis={{ rows: 2 }}>{t}</Typography.Paragraph>,
  },
  { title: 'Đơn vị tính', dataIndex: 'unit', width: 100 },
  { title: 'Mục tiêu', dataIndex: 'targetText', width: 160 },
  {
    title: 'Cơ quan theo dõi',
    width: 200,
    render: (_, x) => x.agency ?? <Typography.Text type="secondary">–</Typography.Text>,
  },
];

/**
 * A new plan from its appendices in Excel: the plan's details, the file, a preview of what was
 * recognised (tasks, indicators, agencies, problems), then one write of the whole plan.
 */
export function PlanImportModal(props: { open: boolean; onClose(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFieldValues>();
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<PlanImportPreview | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [track, setTrack] = useState(true);

  const formChanged = useFormChanges(form, NEW_PLAN);
  const guard = useDiscardGuard(close, {
    open: props.open,
    isDirty: () => file !== null || formChanged(),
  });

  function close() {
    form.resetFields();
    setFile(null);
    setFileError(null);
    setPreview(null);
    setProblems([]);
    props.onClose();
  }

  async function pick(f: File) {
    setPreview(null);
    if (f.size > MAX_FILE_BYTES) {
      setFile(null);
      setFileError(
        `Tệp "${f.name}" lớn hơn ${formatVnNumber(MAX_FILE_BYTES / 1024 / 1024)} MB; hãy bỏ các trang không cần thiết rồi chọn lại.`,
      );
      return;
    }
    setFileError(null);
    setFile({ name: f.name, data: await readAsBase64(f) });
  }

  async function send<T>(kind: 'preview' | 'import', work: () => Promise<T>): Promise<T | null> {
    setProblems([]);
    setBusy(kind);
    try {
      return await work();
    } catch (error) {
      const rest = applyFieldErrors(form, error, PLAN_FIELDS);
      setProblems(rest.length > 0 ? rest : []);
      if (rest.length === 0) message.error('Hãy sửa các ô được đánh dấu.');
      return null;
    } finally {
      setBusy(null);
    }
  }

  async function showPreview() {
    // A field the form refuses shows its message under the field; nothing is sent.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (!file) {
      setFileError('Chọn tệp Excel của kế hoạch.');
      return;
    }
    const result = await send('preview', () =>
      api('plans.previewImport', { file, plan: planMetaOf(values) }),
    );
    if (result) setPreview(result);
  }

  async function importPlan() {
    const values = await form.validateFields().catch(() => null);
    if (!values || !file || !preview) return;
    const plan = await send('import', () =>
      api('plans.import', { file, plan: planMetaOf(values) }),
    );
    if (!plan) return;
    try {
      if (track) await api('plans.activate', { planId: plan.id });
      message.success(
        `Đã nhập kế hoạch với ${preview.tasks.length} nhiệm vụ và ${preview.indicators.length} chỉ tiêu${track ? '; đang theo dõi kế hoạch này' : ''}.`,
      );
      close();
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  const errors = preview?.issues.filter((i) => i.severity === 'error') ?? [];
  const warnings = preview?.issues.filter((i) => i.severity === 'warning') ?? [];

  return (
    <Modal
      title="Nhập kế hoạch mới từ Excel"
      open={props.open}
      onCancel={guard.close}
      width={1000}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={guard.close}>Huỷ</Button>
          <Button
            type={preview ? 'default' : 'primary'}
            loading={busy === 'preview'}
            disabled={busy === 'import'}
            onClick={() => void showPreview()}
          >
            Xem trước
          </Button>
          <Button
            type="primary"
            loading={busy === 'import'}
            disabled={!preview || !preview.canImport || busy === 'preview'}
            onClick={() => void importPlan()}
          >
            Nhập kế hoạch
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        Chọn bảng tính có dạng các phụ lục của kế hoạch: bảng nhiệm vụ (STT, tên nhiệm vụ, cơ quan
        chủ trì, cơ quan phối hợp, kết quả/sản phẩm, thời gian hoàn thành) và bảng chỉ tiêu nếu có.
        Xem trước để kiểm tra, kế hoạch chỉ được ghi khi bấm “Nhập kế hoạch”.
      </Typography.Paragraph>
      <Form<PlanFieldValues>
        form={form}
        layout="vertical"
        initialValues={NEW_PLAN}
        onValuesChange={(changed: Record<string, unknown>) => {
          setPreview(null);
          clearErrorsOnChange(form)(changed);
        }}
      >
        <PlanFields />
        <Form.Item
          label="Tệp Excel của kế hoạch"
          validateStatus={fileError ? 'error' : undefined}
          help={fileError ?? undefined}
          required
        >
          <Space>
            <Upload
              accept=".xlsx,.xlsm,.xls,.ods"
              showUploadList={false}
              maxCount={1}
              beforeUpload={(f) => {
                void pick(f);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} aria-label="Chọn tệp Excel của kế hoạch">
                Chọn tệp
              </Button>
            </Upload>
            {file ? (
              <span className="file-name">
                <FileExcelOutlined style={{ color: '#217346' }} />
                {file.name}
              </span>
            ) : null}
          </Space>
        </Form.Item>
      </Form>
      {problems.length > 0 ? (
        <Alert className="block" type="error" showIcon title={problems.join(' ')} />
      ) : null}
      {preview ? (
        <div className="plan-import-preview">
          <Descriptions
            size="small"
            column={3}
            className="block"
            items={[
              { key: 'g', label: 'Nhóm nhiệm vụ', children: preview.groups.length },
              { key: 't', label: 'Nhiệm vụ', children: preview.tasks.length },
              { key: 'i', label: 'Chỉ tiêu', children: preview.indicators.length },
            ]}
          />
          {errors.length > 0 ? (
            <Alert
              className="block"
              type="error"
              showIcon
              title="Chưa nhập được: hãy sửa tệp theo các lỗi sau rồi chọn lại tệp."
              description={
                <ul className="issue-list">
                  {errors.map((i, k) => (
                    <li key={k}>{issueText(i)}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          {warnings.length > 0 ? (
            <Alert
              className="block"
              type="warning"
              showIcon
              title={`${warnings.length} điểm cần xem lại (vẫn nhập được):`}
              description={
                <ul className="issue-list">
                  {warnings.slice(0, 20).map((i, k) => (
                    <li key={k}>{issueText(i)}</li>
                  ))}
                  {warnings.length > 20 ? <li>… và {warnings.length - 20} điểm khác.</li> : null}
                </ul>
              }
            />
          ) : null}
          <Tabs
            items={[
              {
                key: 'tasks',
                label: `Nhiệm vụ (${preview.tasks.length})`,
                children: (
                  <Table<PreviewTask>
                    size="small"
                    rowKey="code"
                    columns={TASK_COLUMNS}
                    dataSource={preview.tasks}
                    pagination={{ pageSize: 8, showSizeChanger: false }}
                  />
                ),
              },
              {
                key: 'indicators',
                label: `Chỉ tiêu (${preview.indicators.length})`,
                children: (
                  <Table<PreviewIndicator>
                    size="small"
                    rowKey="code"
                    columns={INDICATOR_COLUMNS}
                    dataSource={preview.indicators}
                    pagination={{ pageSize: 8, showSizeChanger: false }}
                  />
                ),
              },
            ]}
          />
          <Checkbox checked={track} onChange={(e) => setTrack(e.target.checked)}>
            Theo dõi kế hoạch này sau khi nhập (các màn hình, biểu mẫu và báo cáo chuyển sang kế
            hoạch mới)
          </Checkbox>
        </div>
      ) : null}
    </Modal>
  );
}
