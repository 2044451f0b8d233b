import { App, Form, InputNumber, Space, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import type { DueRules } from '../../../../shared/domain/periods';
import { capitalise } from '../../../../shared/domain/text';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { errorMessage } from '../../api/api-error';
import { GuardedFormModal } from '../../components/GuardedFormModal';
import { ruleFieldName, type RuleField } from './due-rules';

const DAY: FormRule[] = [{ required: true, message: 'Nhập ngày.' }];
const MONTH: FormRule[] = [
  { required: true, message: 'Nhập tháng.' },
  { type: 'number', min: 1, max: 12, message: 'Tháng phải từ 1 đến 12.' },
];

function Day({ name, label }: { name: (string | number)[]; label: string }) {
  return (
    <Form.Item name={name} noStyle rules={DAY}>
      <InputNumber aria-label={label} precision={0} style={{ width: 72 }} />
    </Form.Item>
  );
}

function Month({ name, label }: { name: (string | number)[]; label: string }) {
  return (
    <Form.Item name={name} noStyle rules={MONTH}>
      <InputNumber aria-label={label} precision={0} style={{ width: 72 }} />
    </Form.Item>
  );
}

/** One rule: its label on the left, the words and the number boxes, messages below. */
function Rule({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Form.Item label={label}>
      <Space align="center" wrap>
        {children}
      </Space>
    </Form.Item>
  );
}

/** "Trước ngày [10] tháng [6]": the boxes of a date in the year. */
function DayMonth({ name, label }: { name: (string | number)[]; label: string }) {
  return (
    <Rule label={capitalise(label)}>
      <span>Trước ngày</span>
      <Day name={[...name, 'day']} label={`Ngày hạn ${label}`} />
      <span>tháng</span>
      <Month name={[...name, 'month']} label={`Tháng hạn ${label}`} />
    </Rule>
  );
}

/** Edits when each kind of report is due; every period's due date follows. */
export function DueRulesModal({
  rules,
  open,
  onClose,
}: {
  rules: DueRules;
  open: boolean;
  onClose(): void;
}) {
  const [form] = Form.useForm<DueRules>();
  const { message } = App.useApp();
  const update = useApiMutation('periods.updateRules');

  async function save(v: DueRules) {
    await update.run({
      rules: {
        monthDay: v.monthDay,
        quarterDay: v.quarterDay,
        halfDue: [v.halfDue[0], v.halfDue[1]],
        yearDue: v.yearDue,
      },
    });
    void message.success('Đã lưu hạn gửi báo cáo');
    onClose();
  }

  /** Each backend message under its rule; the rest for the alert below the form. */
  function showErrors(error: unknown): string[] {
    if (!(error instanceof ApiError) || error.fields.length === 0) return [errorMessage(error)];
    const rest: string[] = [];
    const byField = new Map<string, { name: RuleField; errors: string[] }>();
    for (const f of error.fields) {
      const name = ruleFieldName(f.field);
      if (!name) {
        rest.push(f.message);
        continue;
      }
      const key = name.join('.');
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(f.message);
      byField.set(key, entry);
    }
    form.setFields([...byField.values()]);
    return rest;
  }

  return (
    <GuardedFormModal<DueRules>
      form={form}
      title="Sửa hạn gửi báo cáo"
      open={open}
      onClose={onClose}
      onSave={save}
      // Opening again shows the saved rules, not what was typed and dropped.
      initialValues={rules}
      showErrors={showErrors}
      formProps={{
        layout: 'horizontal',
        labelCol: { flex: '190px' },
        labelAlign: 'left',
        colon: false,
      }}
    >
      <Rule label="Báo cáo tháng">
        <span>Trước ngày</span>
        <Day name={['monthDay']} label="Ngày hạn báo cáo tháng" />
        <span>hằng tháng</span>
      </Rule>
      <Rule label="Báo cáo quý">
        <span>Trước ngày</span>
        <Day name={['quarterDay']} label="Ngày hạn báo cáo quý" />
        <span>của tháng cuối quý</span>
      </Rule>
      <DayMonth name={['halfDue', 0]} label="báo cáo 6 tháng đầu năm" />
      <DayMonth name={['halfDue', 1]} label="báo cáo 6 tháng cuối năm" />
      <DayMonth name={['yearDue']} label="báo cáo năm" />
    </GuardedFormModal>
  );
}
