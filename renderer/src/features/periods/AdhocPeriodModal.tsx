import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AdhocPeriodInfo } from '../../../../shared/api';
import { useApiMutation } from '../../api/queries';
import { GuardedFormModal } from '../../components/GuardedFormModal';

interface Values {
  title: string;
  start: Dayjs | null;
  end: Dayjs | null;
  due: Dayjs | null;
}

const FIELDS = ['title', 'start', 'end', 'due'] as const;
const EMPTY = {};
const VN = 'DD/MM/YYYY';
const ISO = 'YYYY-MM-DD';

/** A report asked for outside the regular periods (an inspection, a sudden request). */
export function AdhocPeriodModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose(): void;
  onCreated(period: AdhocPeriodInfo): void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useApiMutation('periods.createAdhoc');

  async function save(v: Values) {
    const created = await create.run({
      title: v.title ?? '',
      start: v.start?.format(ISO) ?? '',
      end: v.end?.format(ISO) ?? '',
      due: v.due?.format(ISO) ?? '',
    });
    void message.success(`Đã tạo kỳ đột xuất: ${created.title}`);
    onCreated(created);
    onClose();
  }

  const date = (label: string, width = '100%') => (
    <DatePicker aria-label={label} format={VN} placeholder="dd/mm/yyyy" style={{ width }} />
  );
  return (
    <GuardedFormModal<Values>
      form={form}
      title="Tạo kỳ báo cáo đột xuất"
      open={open}
      onClose={onClose}
      onSave={save}
      // The next period starts blank, not with what was typed and dropped.
      initialValues={EMPTY}
      fields={FIELDS}
      okText="Tạo kỳ"
    >
      <Form.Item
        name="title"
        label="Tên kỳ báo cáo"
        extra="Ví dụ: Báo cáo phục vụ Đoàn kiểm tra của Tỉnh uỷ"
      >
        <Input aria-label="Tên kỳ báo cáo" maxLength={300} />
      </Form.Item>
      <div className="form-grid">
        <Form.Item
          name="start"
          label="Từ ngày"
          rules={[{ required: true, message: 'Chọn ngày bắt đầu của kỳ.' }]}
        >
          {date('Từ ngày')}
        </Form.Item>
        <Form.Item
          name="end"
          label="Đến ngày"
          rules={[{ required: true, message: 'Chọn ngày kết thúc của kỳ.' }]}
        >
          {date('Đến ngày')}
        </Form.Item>
      </div>
      <Form.Item
        name="due"
        label="Hạn gửi báo cáo"
        extra="Ngày cuối cùng các đơn vị gửi báo cáo; gửi sau ngày này là gửi muộn."
        rules={[{ required: true, message: 'Chọn hạn gửi báo cáo.' }]}
      >
        {date('Hạn gửi báo cáo', 'calc(50% - 8px)')}
      </Form.Item>
    </GuardedFormModal>
  );
}
