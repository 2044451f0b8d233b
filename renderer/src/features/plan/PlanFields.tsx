import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { DOC_NUMBER } from '../../../../shared/domain/doc-number';

/** The plan's own details as the form holds them (the date as a picker value). */
export interface PlanFieldValues {
  title: string;
  number: string;
  symbol: string;
  issuer: string;
  issuedOn: Dayjs | null;
}

export const PLAN_FIELDS = ['title', 'number', 'symbol', 'issuer', 'issuedOn'] as const;

/** The values as the API takes them (plans.update patch, plans.import meta). */
export function planMetaOf(v: PlanFieldValues) {
  return {
    title: v.title,
    number: v.number ?? '',
    symbol: v.symbol,
    issuer: v.issuer,
    issuedOn: v.issuedOn ? v.issuedOn.format('YYYY-MM-DD') : null,
  };
}

/** Title, number, symbol, date and issuer of a plan, as reports quote them. */
export function PlanFields() {
  return (
    <>
      <Form.Item
        name="title"
        label="Tên kế hoạch"
        rules={[{ required: true, whitespace: true, message: 'Nhập tên kế hoạch.' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item
        name="number"
        label="Số"
        extra="Chỉ ghi số, ví dụ 35; để trống nếu chưa có"
        rules={[
          {
            pattern: DOC_NUMBER,
            message: 'Số kế hoạch chỉ gồm chữ số (ví dụ: 35); ký hiệu nhập ở ô riêng.',
          },
        ]}
      >
        <Input inputMode="numeric" />
      </Form.Item>
      <Form.Item
        name="symbol"
        label="Ký hiệu"
        rules={[{ required: true, whitespace: true, message: 'Nhập ký hiệu, ví dụ KH-UBND.' }]}
      >
        <Input placeholder="KH-UBND" />
      </Form.Item>
      <Form.Item name="issuedOn" label="Ngày ban hành">
        <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="issuer"
        label="Cơ quan ban hành"
        rules={[{ required: true, whitespace: true, message: 'Nhập cơ quan ban hành.' }]}
      >
        <Input />
      </Form.Item>
    </>
  );
}
