import { Form, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ItemDrawer, ItemPatchForm, type ItemFormProps } from '../../components/EditDrawer';
import type { IndicatorPatch } from '../../../../shared/api';
import type { Indicator } from '../../../../shared/domain/types';
import { useCatalogue } from '../../data/catalogue-context';
import { singleAgencyOptions } from '../../lib/agency-options';
import { horizonLabel } from '../../../../shared/domain/status-labels';
import { foldedSearch } from '../../lib/select-search';
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
  const { indicator, onDone, ...form } = props;
  const { updateIndicator, index } = useCatalogue();
  const [instance] = Form.useForm<Values>();
  const [initial] = useState<Values>(() => ({
    text: indicator.text,
    unit: indicator.unit,
    targetText: indicator.target?.text ?? '',
    agencyId: indicator.agency?.id ?? null,
  }));
  const targetText = Form.useWatch('targetText', instance) ?? initial.targetText;

  function patchOf(values: Values): IndicatorPatch {
    const v = { ...initial, ...values, agencyId: values.agencyId ?? null };
    const patch: IndicatorPatch = {};
    if (v.text !== initial.text) patch.text = v.text;
    if (v.unit !== initial.unit) patch.unit = v.unit;
    if (v.targetText !== initial.targetText) patch.targetText = v.targetText;
    if (v.agencyId !== initial.agencyId) patch.agencyId = v.agencyId;
    return patch;
  }

  return (
    <ItemPatchForm<Values, IndicatorPatch>
      {...form}
      formId={FORM_ID}
      form={instance}
      initial={initial}
      fields={FIELDS}
      patchOf={patchOf}
      save={(patch) => updateIndicator(indicator.id, patch)}
      done={`Đã lưu chỉ tiêu ${indicator.code}`}
      onDone={onDone}
      context={
        <Typography.Paragraph type="secondary" className="drawer-context">
          <Tag>{horizonLabel(indicator.horizon)}</Tag>
          {indicator.parent ? `Thuộc chỉ tiêu ${indicator.parent}` : null}
        </Typography.Paragraph>
      }
    >
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
    </ItemPatchForm>
  );
}
