import { FileWordOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Space,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ReportWorkspace } from '../../../../shared/api';
import { DOC_NUMBER } from '../../../../shared/domain/doc-number';
import { countRegister } from '../../../../shared/domain/status';
import { formatVnDate } from '../../../../shared/domain/text';
import type { RegisterRow } from '../../../../shared/domain/types';
import { errorMessage } from '../../api/api-error';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { applyFieldErrors } from '../../lib/form-errors';
import { registerHref } from '../../lib/report-links';
import { downloadFile } from '../../lib/report-download';
import { useDiscardGuard, useFormChanges } from '../../lib/use-discard-guard';
import { PlanCitationModal, useTrackedPlan } from './PlanCitationModal';
import { ReportFilesTable } from './ReportFilesTable';

const ISO = 'YYYY-MM-DD';
const VN = 'DD/MM/YYYY';

/** The settings the export cards show: the symbol's abbreviation and whether a signer is named. */
function useDocumentSettings(): { abbreviation: string; signerName: string | null } {
  const settings = useApiQuery('settings.get', {}).value;
  return {
    abbreviation: settings?.abbreviation ?? '',
    signerName: settings ? settings.signerName.trim() : null,
  };
}

export function ExportTab(props: {
  period: string;
  periodLabel: string;
  workspace: ReportWorkspace;
  register: RegisterRow[] | null;
}) {
  const { period, periodLabel, workspace, register } = props;
  const { message, modal } = App.useApp();
  const { abbreviation: abbr, signerName } = useDocumentSettings();
  const symbol = `/BC-${abbr || '…'}`;
  const report = workspace.report;
  const generateReport = useApiMutation('reports.generate');
  const recordSigning = useApiMutation('reports.record');
  const markReportSigned = useApiMutation('reports.markSigned');
  const makeReminder = useApiMutation('reports.reminder');
  // One document at a time: the other buttons wait while one is being made.
  const busy = generateReport.pending
    ? 'generate'
    : recordSigning.pending
      ? 'record'
      : markReportSigned.pending
        ? 'sign'
        : makeReminder.pending
          ? 'reminder'
          : null;
  const signedAt = report?.signedAt ?? null;
  const canSign =
    !!report && signedAt === null && !!report.number && !!report.date && report.files.length > 0;
  const [recordForm] = Form.useForm<{ number: string; date: Dayjs | null }>();
  const [reminderForm] = Form.useForm<{
    number?: string;
    date?: Dayjs | null;
    newDue?: Dayjs | null;
  }>();
  const [reminderError, setReminderError] = useState<string | null>(null);
  const recordBase = {
    number: report?.number ?? '',
    date: report?.date ? dayjs(report.date) : null,
  };
  // What the last letter was made with: no longer an unsaved change once the letter exists.
  const [reminderBase, setReminderBase] = useState<object>({});
  const recordChanged = useFormChanges(recordForm, recordBase);
  const reminderChanged = useFormChanges(reminderForm, reminderBase);
  // Another tab, period or screen would drop a typed number or date: ask first.
  useDiscardGuard(
    () => {
      recordForm.resetFields();
      reminderForm.resetFields();
    },
    { isDirty: () => recordChanged() || reminderChanged() },
  );
  const tracked = useTrackedPlan();
  const [askPlan, setAskPlan] = useState(false);
  const missing = register ? countRegister(register.filter((r) => r.expected)).missing : null;

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      message.error(errorMessage(error));
      return undefined;
    }
  }

  async function generate() {
    const result = await run(() => generateReport.run({ period }));
    if (!result) return;
    for (const f of result.files) downloadFile(f);
    message.success(`Đã tạo ${result.files.map((f) => f.fileName).join(' và ')}`);
  }

  async function record(values: { number: string; date: Dayjs | null }) {
    if (!report || !values.date) return;
    try {
      const result = await recordSigning.run({
        reportId: report.id,
        number: values.number.trim(),
        date: values.date.format(ISO),
      });
      for (const f of result.files) downloadFile(f);
      message.success(
        `Đã ghi số ${result.report.number ?? values.number}${symbol} và tạo lại báo cáo`,
      );
    } catch (error) {
      const rest = applyFieldErrors(recordForm, error, ['number', 'date']);
      if (rest.length > 0) message.error(errorMessage(error));
    }
  }

  function markSigned() {
    if (!report) return;
    modal.confirm({
      title: `Đánh dấu báo cáo số ${report.number ?? ''}${symbol} là bản đã ký?`,
      content:
        'Số liệu, nội dung và tệp Word, Excel mới nhất của báo cáo được giữ nguyên làm hồ sơ; các báo cáo nhận sau và các lần tạo báo cáo sau không làm thay đổi bản này. Không thể hoàn tác.',
      okText: 'Đánh dấu bản đã ký',
      cancelText: 'Để sau',
      onOk: async () => {
        const done = await run(() => markReportSigned.run({ reportId: report.id }));
        if (!done) return;
        message.success(`Đã đánh dấu báo cáo số ${report.number ?? ''}${symbol} là bản đã ký`);
      },
    });
  }

  async function reminder(values: { number?: string; date?: Dayjs | null; newDue?: Dayjs | null }) {
    setReminderError(null);
    try {
      const letter = await makeReminder.run({
        period,
        number: values.number?.trim() || undefined,
        date: values.date ? values.date.format(ISO) : undefined,
        newDue: values.newDue ? values.newDue.format(ISO) : undefined,
      });
      downloadFile(letter);
      setReminderBase(values);
      message.success(`Đã tạo công văn đôn đốc gửi ${letter.missing} đơn vị`);
    } catch (error) {
      setReminderError(errorMessage(error));
    }
  }

  return (
    <>
      <div className="export-grid block">
        <Card title="Báo cáo Word và phụ lục Excel" size="small">
          <Typography.Paragraph type="secondary">
            Báo cáo {periodLabel} theo thể thức Nghị định 30/2020/NĐ-CP, kèm Phụ lục I (chỉ tiêu),
            Phụ lục II (nhiệm vụ) và Phụ lục III (tình hình gửi báo cáo); phần thân lấy từ thẻ “Nội
            dung báo cáo”.
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            className="block"
            items={[
              {
                key: 'number',
                label: 'Số văn bản',
                children: report?.number ? (
                  `${report.number}${symbol}`
                ) : (
                  <Typography.Text type="secondary">Chưa ghi (in “Số: {symbol}”)</Typography.Text>
                ),
              },
              {
                key: 'date',
                label: 'Ngày ký',
                children: report?.date ? (
                  formatVnDate(report.date)
                ) : (
                  <Typography.Text type="secondary">Chưa ghi</Typography.Text>
                ),
              },
              {
                key: 'narrative',
                label: 'Nội dung',
                children: workspace.drafted ? 'Bản nháp tự động (chưa sửa)' : 'Đã lưu',
              },
            ]}
          />
          {signerName === '' ? (
            <Alert
              className="block"
              type="warning"
              showIcon
              title={
                <>
                  Chưa có họ tên người ký: khối chữ ký sẽ để trống tên.{' '}
                  <a href="#/cai-dat">Nhập trong Cài đặt</a>
                </>
              }
            />
          ) : null}
          {tracked.incomplete ? (
            <Alert
              className="block"
              type="warning"
              showIcon
              title="Kế hoạch chưa có số, ngày ban hành: báo cáo sẽ trích dẫn kế hoạch không có số, ngày."
              action={
                <Button size="small" onClick={() => setAskPlan(true)}>
                  Nhập số, ngày kế hoạch
                </Button>
              }
            />
          ) : null}
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            loading={busy === 'generate'}
            disabled={busy !== null && busy !== 'generate'}
            onClick={() => void generate()}
          >
            Tạo báo cáo Word và phụ lục Excel
          </Button>
          {tracked.plan ? (
            <PlanCitationModal
              plan={tracked.plan}
              open={askPlan}
              onCancel={() => setAskPlan(false)}
              onSaved={() => {
                setAskPlan(false);
                message.success('Đã lưu số và ngày ban hành của kế hoạch');
              }}
            />
          ) : null}
        </Card>
        <Card title="Ghi số và ngày ký" size="small">
          <Typography.Paragraph type="secondary">
            Sau khi lãnh đạo ký, ghi số và ngày của văn bản. Báo cáo và phụ lục được tạo lại có số,
            ngày ký, tải về máy và lưu trong lịch sử. Rồi đánh dấu là bản đã ký để giữ nguyên số
            liệu, nội dung và tệp của bản này.
          </Typography.Paragraph>
          {signedAt ? (
            <Alert
              className="block"
              type="success"
              showIcon
              title={`Báo cáo số ${report?.number ?? ''}${symbol} là bản đã ký (đánh dấu ngày ${formatVnDate(signedAt.slice(0, 10))}): số liệu, nội dung và tệp được giữ nguyên. Tạo báo cáo mới sẽ là một bản mới, chưa ký.`}
            />
          ) : null}
          {!report ? (
            <Alert
              className="block"
              type="info"
              showIcon
              title="Hãy tạo báo cáo trước, rồi mới ghi số và ngày ký."
            />
          ) : null}
          <Form
            form={recordForm}
            layout="vertical"
            requiredMark={false}
            disabled={!report || signedAt !== null || (busy !== null && busy !== 'record')}
            initialValues={recordBase}
            onFinish={(v) => void record(v)}
          >
            <Space align="start" wrap size={12}>
              <Form.Item
                name="number"
                label="Số"
                rules={[
                  { required: true, message: 'Nhập số văn bản.' },
                  { pattern: DOC_NUMBER, message: 'Số văn bản chỉ gồm chữ số (ví dụ: 12).' },
                ]}
              >
                <Input
                  aria-label="Số văn bản"
                  inputMode="numeric"
                  style={{ width: 190 }}
                  suffix={<Typography.Text type="secondary">{symbol}</Typography.Text>}
                  placeholder="12"
                />
              </Form.Item>
              <Form.Item
                name="date"
                label="Ngày ký"
                rules={[{ required: true, message: 'Chọn ngày ký.' }]}
              >
                <DatePicker aria-label="Ngày ký" format={VN} placeholder="dd/mm/yyyy" />
              </Form.Item>
            </Space>
            <div>
              <Space wrap>
                <Button htmlType="submit" type="primary" ghost loading={busy === 'record'}>
                  Ghi số và tạo lại văn bản
                </Button>
                {signedAt === null ? (
                  <Tooltip
                    title={
                      canSign ? null : 'Ghi số và ngày ký trước, rồi mới đánh dấu là bản đã ký.'
                    }
                  >
                    <Button
                      icon={<SafetyCertificateOutlined />}
                      disabled={!canSign || (busy !== null && busy !== 'sign')}
                      loading={busy === 'sign'}
                      onClick={markSigned}
                    >
                      Đánh dấu là bản đã ký
                    </Button>
                  </Tooltip>
                ) : null}
              </Space>
            </div>
          </Form>
        </Card>
      </div>
      <Card title="Lịch sử văn bản" size="small" className="block history-card">
        <ReportFilesTable
          records={workspace.history}
          numberLabel={(n) => `${n}${symbol}`}
          empty="Chưa tạo văn bản nào cho kỳ này."
        />
      </Card>
      <Card title="Công văn đôn đốc" size="small">
        {missing === null ? null : missing > 0 ? (
          <Typography.Paragraph>
            Còn <strong>{missing}</strong> đơn vị chưa gửi báo cáo {periodLabel} (
            <a href={registerHref(period, 'missing')}>xem danh sách</a>). Công văn “V/v đôn đốc báo
            cáo” gửi các đơn vị này được tạo thành tệp Word và lưu lại trong danh sách “Công văn đã
            tạo”.
          </Typography.Paragraph>
        ) : (
          <Alert
            className="block"
            type="success"
            showIcon
            title="Tất cả đơn vị đã gửi báo cáo kỳ này; không cần công văn đôn đốc."
          />
        )}
        {reminderError ? (
          <Alert className="block" type="warning" showIcon title={reminderError} />
        ) : null}
        <Form
          form={reminderForm}
          layout="vertical"
          requiredMark={false}
          disabled={missing === 0 || (busy !== null && busy !== 'reminder')}
          onFinish={(v) => void reminder(v)}
        >
          <Space align="start" wrap size={12}>
            <Form.Item
              name="number"
              label="Số công văn (không bắt buộc)"
              rules={[{ pattern: DOC_NUMBER, message: 'Số công văn chỉ gồm chữ số (ví dụ: 12).' }]}
            >
              <Input aria-label="Số công văn" inputMode="numeric" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="date" label="Ngày (không bắt buộc)">
              <DatePicker aria-label="Ngày công văn" format={VN} placeholder="dd/mm/yyyy" />
            </Form.Item>
            <Form.Item
              name="newDue"
              label="Hạn gửi mới (không bắt buộc)"
              extra="Công văn luôn ghi một ngày cụ thể; để trống thì lấy 7 ngày sau ngày công văn (hoặc hôm nay)."
            >
              <DatePicker aria-label="Hạn gửi mới" format={VN} placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Space>
          <div>
            <Button htmlType="submit" loading={busy === 'reminder'}>
              Tạo công văn đôn đốc
            </Button>
          </div>
        </Form>
        {workspace.letters.length > 0 ? (
          <div className="block letters">
            <Typography.Title level={5}>Công văn đã tạo</Typography.Title>
            <ReportFilesTable
              records={workspace.letters}
              numberLabel={(n) => `Số ${n}`}
              empty="Chưa tạo công văn nào cho kỳ này."
            />
          </div>
        ) : null}
      </Card>
    </>
  );
}
