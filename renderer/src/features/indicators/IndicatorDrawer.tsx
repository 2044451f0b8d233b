import { Alert, App, Form, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ItemDrawer, type ItemFormProps } from '../../components/EditDrawer';
import type { IndicatorPatch } from '../../../../shared/api';
import type { Indicator } from '../../../../shared/domain/types';
import { useCatalogue } from '../../data/catalogue-context';
import { singleAgencyOptions } from '../../lib/agency-options';
import { savePatch } from '../../lib/form-errors';
import { horizonLabel } from '../../../../shared/domain/status-labels';
import { foldedSearch } from '../../lib/select-search';
import { useTrackFormChanges } from '../../lib/use-discard-guard';
import { TargetPreview } from './TargetPreview';

const FORM_ID = 'indicator-form';
const FIELDS = ['text', 'unit', 'targetText', 'agencyId'];

interface Values {
  text: string;
  unit: string;
  targetText: string;
  agencyId: number | null;
}

export function IndicatorDrawer(props: { indicator: Indicator | null; onClose: () => void }) {
  const { indicator, onClose } = props;
  return (
    <ItemDrawer
      item={indicator}
      onClose={onClose}
      size={640}
      title={(x) => `Chỉ tiêu ${x.code}`}
      keyOf={(x) => x.id}
      formId={FORM_ID}
    >
      {(x, form) => <IndicatorForm indicator={x} onDone={onClose} {...form} />}
    </ItemDrawer>
  );
}

function IndicatorForm(props: ItemFormProps & { indicator: Indicator; onDone: () => void }) {
  const { indicator, onDone, saving, setSaving } = props;
  const { updateIndicator, index } = useCatalogue();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [initial] = useState<Values>(() => ({
    text: indicator.text,
    unit: indicator.unit,
    targetText: indicator.target?.text ?? '',
    agencyId: indicator.agency?.id ?? null,
  }));
  useTrackFormChanges(form, initial);
  const [general, setGeneral] = useState<string[]>([]);
  const targetText = Form.useWatch('targetText', form) ?? initial.targetText;

  async function save(values: Values) {
    const v = { ...initial, ...values, agencyId: values.agencyId ?? null };
    const patch: IndicatorPatch = {};
    if (v.text !== initial.text) patch.text = v.text;
    if (v.unit !== initial.unit) patch.unit = v.unit;
    if (v.targetText !== initial.targetText) patch.targetText = v.targetText;
    if (v.agencyId !== initial.agencyId) patch.agencyId = v.agencyId;
    setGeneral([]);
    setGeneral(
      await savePatch({
        form,
        fields: FIELDS,
        setSaving,
        message,
        patch,
        save: () => updateIndicator(indicator.id, patch),
        done: `Đã lưu chỉ tiêu ${indicator.code}`,
        onDone,
      }),
    );
  }

  return (
    <Form<Values>
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => void save(v)}
      disabled={saving}
      requiredMark={false}
    >
      <Typography.Paragraph type="secondary" className="drawer-context">
        <Tag>{horizonLabel(indicator.horizon)}</Tag>
        {indicator.parent ? `Thuộc chỉ tiêu ${indicator.parent}` : null}
      </Typography.Paragraph>
      {general.length > 0 ? (
        <Alert className="block" type="error" showIcon title={general.join(' ')} />
      ) : null}
      <Form.Item name="text" label="Tên chỉ tiêu">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item name="unit" label="Đơn vị tính">
        <Input placeholder="Ví dụ: %, Thứ bậc, Người/vạn dân" />
      </Form.Item>
      <Form.Item name="targetText" label="Mục tiêu" extra={<TargetPreview text={targetText} />}>
        <Input placeholder="Ví dụ: ≥ 37,6; 9-10; 100; ≤ 57" />
      </Form.Item>
      <Form.Item
        name="agencyId"
        label="Cơ quan theo dõi"
        extra={indicator.agencyText ? `Ghi trong kế hoạch: ${indicator.agencyText}` : undefined}
      >
        <Select
          allowClear
          showSearch={foldedSearch}
          placeholder="Chưa giao cơ quan theo dõi"
          options={singleAgencyOptions(index, initial.agencyId)}
          notFoundContent="Không có đơn vị nào khớp"
        />
      </Form.Item>
    </Form>
  );
}
