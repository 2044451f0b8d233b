import { Alert, DatePicker, Form, Input, Modal, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Plan } from '../../../shared/domain/types';
import { api } from '../api/client';
import { saveWithFieldErrors } from '../lib/form-errors';

interface Values {
  title: string;
  number: string;
  symbol: string;
  issuer: string;
  issuedOn: Dayjs | null;
}

const FIELDS = ['title', 'number', 'symbol', 'issuer', 'issuedOn'] as const;

/** The plan's own number and date, which reports quote ("Kế hoạch số 35/KH-UBND ngày …"). */
export function PlanDetailsModal({
  plan,
  open,
  onClose,
  onSaved,
}: {
  plan: Plan;
  open: boolean;
  onClose(): void;
  onSaved(): Promise<void>;
}) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  async function save() {
    const v = await form.validateFields();
    setProblems([]);
    setProblems(
      await saveWithFieldErrors(form, FIELDS, setSaving, async () => {
        await api('plans.update', {
          id: plan.id,
          patch: {
            title: v.title,
            number: v.number ?? '',
            symbol: v.symbol,
            issuer: v.issuer,
            issuedOn: v.issuedOn ? v.issuedOn.format('YYYY-MM-DD') : null,
          },
        });
        await onSaved();
        void message.success('Đã lưu thông tin kế hoạch');
        onClose();
      }),
    );
  }

  return (
    <Modal
      title="Sửa thông tin kế hoạch"
      open={open}
      onCancel={onClose}
      onOk={() => void save()}
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={saving}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          title: plan.title,
          number: plan.number,
          symbol: plan.symbol,
          issuer: plan.issuer,
          issuedOn: plan.issuedOn ? dayjs(plan.issuedOn) : null,
        }}
      >
        <Form.Item name="title" label="Tên kế hoạch">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="number" label="Số" extra="Chỉ ghi số, ví dụ 35">
          <Input inputMode="numeric" />
        </Form.Item>
        <Form.Item name="symbol" label="Ký hiệu">
          <Input placeholder="KH-UBND" />
        </Form.Item>
        <Form.Item name="issuedOn" label="Ngày ban hành">
          <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="issuer" label="Cơ quan ban hành">
          <Input />
        </Form.Item>
      </Form>
      {problems.length > 0 && <Alert type="error" showIcon message={problems.join(' ')} />}
    </Modal>
  );
}
