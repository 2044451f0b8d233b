// Correcting a committed submission from its drawer: download the original file, change the
// received date or the agency, withdraw the version, change one row's match or status. Every
// change is an audited edit (see Nhật ký thay đổi), never a silent overwrite.
import { Alert, App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { SubmissionDetail } from '../../../../shared/api';
import { formatVnDate, parseVnDate } from '../../../../shared/domain/text';
import type { ReportedStatus } from '../../../../shared/domain/types';
import { useApiMutation } from '../../api/queries';
import { api } from '../../api/client';
import { errorMessage } from '../../api/api-error';
import { useCatalogue } from '../../data/catalogue-context';
import { REPORTED_STATUS_LABEL } from '../../lib/submission-labels';
import { downloadFile } from '../../lib/report-download';
import { foldedSearch } from '../../lib/select-search';
import { useDiscardGuard } from '../../lib/use-discard-guard';

type Edit = 'received' | 'agency' | 'withdraw' | null;

const CHANNEL_LABEL = { phone: 'điện thoại', paper: 'văn bản giấy', other: 'khác' } as const;

export async function downloadOriginal(submissionId: number): Promise<void> {
  downloadFile(await api('submissions.file', { id: submissionId }));
}

/** The drawer's correction actions for the version shown. */
export function CorrectionBar({ detail }: { detail: SubmissionDetail }) {
  const s = detail.submission;
  const { message } = App.useApp();
  const { catalogue } = useCatalogue();
  const [edit, setEdit] = useState<Edit>(null);
  const update = useApiMutation('submissions.update');
  const withdraw = useApiMutation('submissions.withdraw');
  const busy = update.pending || withdraw.pending;
  const [error, setError] = useState<string | null>(null);
  const [received, setReceived] = useState(formatVnDate(s.receivedOn));
  const [agencyId, setAgencyId] = useState<number>(s.agency.id);
  const [reason, setReason] = useState('');
  const guard = useDiscardGuard(() => setEdit(null), {
    open: edit !== null,
    isDirty: () =>
      edit === 'received'
        ? received.trim() !== formatVnDate(s.receivedOn)
        : edit === 'agency'
          ? agencyId !== s.agency.id
          : reason.trim() !== '',
  });

  const open = (e: Edit) => {
    setError(null);
    setReceived(formatVnDate(s.receivedOn));
    setAgencyId(s.agency.id);
    setReason('');
    setEdit(e);
  };

  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      setEdit(null);
      void message.success(done);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const saveReceived = () => {
    const iso = parseVnDate(received.trim());
    if (!iso) {
      setError('Ngày nhận chưa đúng dạng; hãy ghi ngày/tháng/năm, ví dụ 15/09/2025.');
      return;
    }
    void run(
      () => update.run({ id: s.id, patch: { receivedOn: iso } }),
      `Đã sửa ngày nhận thành ${formatVnDate(iso)}.`,
    );
  };

  const agencies = catalogue.agencies
    .filter((a) => a.active && !a.successor)
    .map((a) => ({ value: a.id, label: a.name }));

  return (
    <section aria-label="Sửa báo cáo" className="submission-corrections">
      {s.channel ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={`Báo cáo nhập tay (${CHANNEL_LABEL[s.channel]})`}
          description={s.entryNote ?? undefined}
        />
      ) : null}
      {s.withdrawn ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`Phiên bản ${s.version} đã được rút`}
          description={`Lý do: ${s.withdrawnReason ?? ''}. Phiên bản này được giữ lại nhưng không được tính vào tổng hợp.`}
        />
      ) : null}
      <Space wrap>
        <Button onClick={() => void downloadOriginal(s.id)}>Tải tệp gốc</Button>
        <Button onClick={() => open('received')}>Sửa ngày nhận</Button>
        <Button onClick={() => open('agency')}>Đổi đơn vị</Button>
        {s.withdrawn ? null : (
          <Button danger onClick={() => open('withdraw')}>
            Rút phiên bản
          </Button>
        )}
      </Space>

      <Modal
        open={edit === 'received'}
        title="Sửa ngày nhận báo cáo"
        okText="Lưu"
        cancelText="Hủy"
        confirmLoading={busy}
        onOk={saveReceived}
        onCancel={guard.close}
        destroyOnHidden
      >
        <Form layout="vertical" onFinish={saveReceived}>
          <Form.Item
            label="Ngày nhận (ngày/tháng/năm)"
            help="Thường là ngày của thư điện tử hoặc ngày vào sổ công văn đến. Thay đổi được ghi vào nhật ký."
          >
            <Input
              aria-label="Ngày nhận mới"
              placeholder="dd/mm/yyyy"
              value={received}
              onChange={(e) => setReceived(e.target.value)}
              onPressEnter={saveReceived}
            />
          </Form.Item>
        </Form>
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </Modal>

      <Modal
        open={edit === 'agency'}
        title="Đổi đơn vị gửi báo cáo"
        okText="Lưu"
        cancelText="Hủy"
        confirmLoading={busy}
        onOk={() =>
          void run(
            () => update.run({ id: s.id, patch: { agencyId } }),
            'Đã chuyển báo cáo sang đơn vị đã chọn.',
          )
        }
        onCancel={guard.close}
        destroyOnHidden
      >
        <Typography.Paragraph>
          Dùng khi tệp được ghi nhầm đơn vị. Báo cáo trở thành phiên bản mới nhất của đơn vị được
          chọn; đơn vị cũ dùng lại phiên bản trước đó (nếu có).
        </Typography.Paragraph>
        <Select
          aria-label="Đơn vị đúng"
          showSearch={foldedSearch}
          style={{ width: '100%' }}
          value={agencyId}
          onChange={setAgencyId}
          options={agencies}
        />
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </Modal>

      <Modal
        open={edit === 'withdraw'}
        title={`Rút phiên bản ${s.version}`}
        okText="Rút phiên bản"
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        cancelText="Hủy"
        confirmLoading={busy}
        onOk={() =>
          void run(
            () => withdraw.run({ id: s.id, reason: reason.trim() }),
            `Đã rút phiên bản ${s.version}.`,
          )
        }
        onCancel={guard.close}
        destroyOnHidden
      >
        <Typography.Paragraph>
          Phiên bản bị rút được giữ lại (có thể tải tệp gốc) nhưng không còn được tính; kỳ báo cáo
          dùng lại phiên bản trước đó của đơn vị, hoặc coi như đơn vị chưa báo cáo nếu không còn
          phiên bản nào.
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label="Lý do rút" required>
            <Input.TextArea
              aria-label="Lý do rút"
              rows={3}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </Modal>
    </section>
  );
}

const DROP = -1;

/** "Sửa" on one row of the submission: the plan row it matches, and (tasks) the status. */
export function RowEditButton(props: {
  submissionId: number;
  kind: 'task' | 'indicator';
  rowId: number;
  code: string;
  status: ReportedStatus | null;
}) {
  const { message } = App.useApp();
  const { catalogue } = useCatalogue();
  const [open, setOpen] = useState(false);
  const [match, setMatch] = useState<number>(props.rowId);
  const [status, setStatus] = useState<ReportedStatus | 'none'>(props.status ?? 'none');
  const updateRow = useApiMutation('submissions.updateRow');
  const busy = updateRow.pending;
  const [error, setError] = useState<string | null>(null);
  const rows =
    props.kind === 'task'
      ? catalogue.tasks.map((t) => ({ value: t.id, label: `${t.code} — ${t.text}` }))
      : catalogue.indicators.map((x) => ({ value: x.id, label: `${x.code} — ${x.text}` }));
  const noun = props.kind === 'task' ? 'nhiệm vụ' : 'chỉ tiêu';
  const guard = useDiscardGuard(() => setOpen(false), {
    open,
    isDirty: () => match !== props.rowId || status !== (props.status ?? 'none'),
  });

  const save = async () => {
    setError(null);
    try {
      await updateRow.run({
        id: props.submissionId,
        kind: props.kind,
        rowId: props.rowId,
        ...(match !== props.rowId ? { matchId: match === DROP ? null : match } : {}),
        ...(props.kind === 'task' && status !== (props.status ?? 'none')
          ? { status: status === 'none' ? null : status }
          : {}),
      });
      setOpen(false);
      void message.success(`Đã sửa dòng ${props.code}.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <>
      <Button
        size="small"
        aria-label={`Sửa dòng ${props.code}`}
        onClick={(e) => {
          e.stopPropagation();
          setMatch(props.rowId);
          setStatus(props.status ?? 'none');
          setError(null);
          setOpen(true);
        }}
      >
        Sửa
      </Button>
      <Modal
        open={open}
        title={`Sửa dòng ${props.code}`}
        okText="Lưu"
        cancelText="Hủy"
        confirmLoading={busy}
        onOk={() => void save()}
        onCancel={guard.close}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={`Khớp với ${noun}`}>
            <Select
              aria-label={`Khớp với ${noun}`}
              showSearch={foldedSearch}
              value={match}
              onChange={setMatch}
              options={[...rows, { value: DROP, label: `Bỏ dòng này (không khớp ${noun} nào)` }]}
            />
          </Form.Item>
          {props.kind === 'task' ? (
            <Form.Item label="Tình trạng đơn vị báo cáo">
              <Select
                aria-label="Tình trạng"
                value={status}
                onChange={setStatus}
                options={[
                  ...(Object.keys(REPORTED_STATUS_LABEL) as ReportedStatus[]).map((k) => ({
                    value: k,
                    label: REPORTED_STATUS_LABEL[k],
                  })),
                  { value: 'none', label: 'Không ghi' },
                ]}
              />
            </Form.Item>
          ) : null}
        </Form>
        <Typography.Text type="secondary">Thay đổi được ghi vào Nhật ký thay đổi.</Typography.Text>
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </Modal>
    </>
  );
}
