import { Alert, App, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Plan } from '../../../../shared/domain/types';
import { api } from '../../api/client';
import { clearErrorsOnChange, saveWithFieldErrors } from '../../lib/form-errors';
import { useDiscardGuard, useFormChanges } from '../../lib/use-discard-guard';
import { PLAN_FIELDS, PlanFields, planMetaOf, type PlanFieldValues } from './PlanFields';

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
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFieldValues>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const initial = {
    title: plan.title,
    number: plan.number,
    symbol: plan.symbol,
    issuer: plan.issuer,
    issuedOn: plan.issuedOn ? dayjs(plan.issuedOn) : null,
  };
  const guard = useDiscardGuard(onClose, { open, isDirty: useFormChanges(form, initial) });

  async function save() {
    // A field the form refuses shows its message under the field; nothing is sent.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setProblems([]);
    setProblems(
      await saveWithFieldErrors(
        form,
        PLAN_FIELDS,
        setSaving,
        async () => {
          await api('plans.update', { id: plan.id, patch: planMetaOf(v) });
          await onSaved();
          message.success('Đã lưu thông tin kế hoạch');
          onClose();
        },
        (text) => message.error(text),
      ),
    );
  }

  return (
    <Modal
      title="Sửa thông tin kế hoạch"
      open={open}
      onCancel={guard.close}
      onOk={() => void save()}
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={saving}
      destroyOnHidden
      width={640}
    >
      <Form<PlanFieldValues>
        form={form}
        layout="vertical"
        onValuesChange={clearErrorsOnChange(form)}
        initialValues={initial}
        // Opening again shows the plan as saved, not what was typed and dropped.
        clearOnDestroy
      >
        <PlanFields />
      </Form>
      {problems.length > 0 && <Alert type="error" showIcon title={problems.join(' ')} />}
    </Modal>
  );
}
