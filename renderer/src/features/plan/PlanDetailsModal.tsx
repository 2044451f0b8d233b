import { App, Form } from 'antd';
import dayjs from 'dayjs';
import type { Plan } from '../../../../shared/domain/types';
import { api } from '../../api/client';
import { GuardedFormModal } from '../../components/GuardedFormModal';
import { PLAN_FIELDS, PlanFields, planMetaOf, type PlanFieldValues } from './PlanFields';

/** The plan's own number and date, which reports quote ("Kế hoạch số 35/KH-UBND ngày …"). */
export function PlanDetailsModal({
  plan,
  open,
  onClose,
}: {
  plan: Plan;
  open: boolean;
  onClose(): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFieldValues>();
  const initial = {
    title: plan.title,
    number: plan.number,
    symbol: plan.symbol,
    issuer: plan.issuer,
    issuedOn: plan.issuedOn ? dayjs(plan.issuedOn) : null,
  };

  async function save(v: PlanFieldValues) {
    await api('plans.update', { id: plan.id, patch: planMetaOf(v) });
    message.success('Đã lưu thông tin kế hoạch');
    onClose();
  }

  return (
    <GuardedFormModal<PlanFieldValues>
      form={form}
      title="Sửa thông tin kế hoạch"
      open={open}
      onClose={onClose}
      onSave={save}
      // Opening again shows the plan as saved, not what was typed and dropped.
      initialValues={initial}
      fields={PLAN_FIELDS}
      width={640}
      formProps={{ requiredMark: true }}
    >
      <PlanFields />
    </GuardedFormModal>
  );
}
