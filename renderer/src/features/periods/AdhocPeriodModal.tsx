import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AdhocPeriodInfo } from '../../../../shared/api';
import { api } from '../../api/client';
import { applyFieldErrors } from '../../lib/form-errors';
import { periodsChanged } from '../../lib/periods-overview';
import { useDiscardGuard, useFormChanges } from '../../lib/use-discard-guard';

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
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const guard = useDiscardGuard(onClose, { open, isDirty: useFormChanges(form, EMPTY) });

  async function save() {
    // A field the form refuses shows its message under the field; nothing is sent.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    setProblems([]);
    try {
      const created = await api('periods.createAdhoc', {
        title: v.title ?? '',
        start: v.start?.format(ISO) ?? '',
        end: v.end?.format(ISO) ?? '',
        due: v.due?.format(ISO) ?? '',
      });
      periodsChanged();
      void message.success(`Đã tạo kỳ đột xuất: ${created.title}`);
      onCreated(created);
      onClose();
    } catch (error) {
      setProblems(applyFieldErrors(form, error, FIELDS));
    } finally {
      setSaving(false);
    }
  }

  const date = (label: string, width = '100%') => (
    <DatePicker aria-label={label} format={VN} placeholder="dd/mm/yyyy" style={{ width }} />
  );
  return (
    <Modal
      title="Tạo kỳ báo cáo đột xuất"
      open={open}
      onCancel={guard.close}
      onOk={() => void save()}
      okText="Tạo kỳ"
      cancelText="Huỷ"
      confirmLoading={saving}
      destroyOnHidden
      width={560}
    >
      {/* clearOnDestroy: the next period starts blank, not with what was typed and dropped. */}
      <Form<Values> form={form} layout="vertical" requiredMark={false} clearOnDestroy>
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
      </Form>
      {problems.length > 0 && <Alert type="error" showIcon title={problems.join(' ')} />}
    </Modal>
  );
}
