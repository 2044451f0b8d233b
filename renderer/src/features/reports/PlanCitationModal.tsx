// The report cites the plan in full the first time ("Kế hoạch số 45/KH-UBND ngày 10/02/2025 của
// Ủy ban nhân dân tỉnh Lai Châu"): before generating, the clerk is asked for the plan's number and
// date when the database does not have them, instead of filling the blanks in Word by hand.
// The seed plan has none; the Kế hoạch screen edits them too.
import { DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { DOC_NUMBER } from '../../../../shared/domain/doc-number';
import type { Plan } from '../../../../shared/domain/types';
import { api } from '../../api/client';
import { GuardedFormModal } from '../../components/GuardedFormModal';
import { useCatalogue } from '../../data/catalogue-context';

/** The tracked plan, and whether its number or date is missing. */
export function useTrackedPlan(): { plan: Plan | null; incomplete: boolean } {
  const { plan } = useCatalogue().index;
  return { plan, incomplete: plan !== null && isIncomplete(plan) };
}

function isIncomplete(plan: Plan): boolean {
  return plan.number.trim() === '' || plan.issuedOn === null;
}

interface Values {
  number: string;
  symbol: string;
  issuedOn: Dayjs | null;
}

const FIELDS = ['number', 'symbol', 'issuedOn'] as const;

export function PlanCitationModal(props: {
  plan: Plan;
  open: boolean;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { plan, open, onSaved, onCancel } = props;
  const [form] = Form.useForm<Values>();
  const initial = { number: plan.number, symbol: plan.symbol || 'KH-UBND', issuedOn: null };

  async function save(v: Values) {
    await api('plans.update', {
      id: plan.id,
      patch: {
        number: v.number.trim(),
        symbol: v.symbol.trim(),
        issuedOn: v.issuedOn ? v.issuedOn.format('YYYY-MM-DD') : null,
      },
    });
    onSaved();
  }

  return (
    <GuardedFormModal<Values>
      form={form}
      title="Số và ngày ban hành của kế hoạch"
      open={open}
      onClose={onCancel}
      onSave={save}
      // "Để sau" then "Tạo báo cáo" again shows the plan as saved, not what was dropped.
      initialValues={initial}
      fields={FIELDS}
      cancelText="Để sau"
      intro={
        <p>
          Báo cáo trích dẫn kế hoạch đầy đủ ở lần đầu (số, ký hiệu, ngày ban hành, cơ quan ban
          hành). Kế hoạch đang theo dõi chưa có số hoặc ngày ban hành; hãy nhập để báo cáo không
          phải sửa tay.
        </p>
      }
    >
      <Space align="start" wrap size={12}>
        <Form.Item
          name="number"
          label="Số"
          rules={[
            { required: true, message: 'Nhập số của kế hoạch.' },
            { pattern: DOC_NUMBER, message: 'Số chỉ gồm chữ số (ví dụ: 45).' },
          ]}
        >
          <Input aria-label="Số kế hoạch" inputMode="numeric" style={{ width: 110 }} />
        </Form.Item>
        <Form.Item
          name="symbol"
          label="Ký hiệu"
          rules={[{ required: true, message: 'Nhập ký hiệu (ví dụ: KH-UBND).' }]}
        >
          <Input aria-label="Ký hiệu kế hoạch" style={{ width: 150 }} />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label="Ngày ban hành"
          rules={[{ required: true, message: 'Chọn ngày ban hành.' }]}
        >
          <DatePicker aria-label="Ngày ban hành kế hoạch" format="DD/MM/YYYY" />
        </Form.Item>
      </Space>
    </GuardedFormModal>
  );
}
