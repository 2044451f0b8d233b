import { Alert, App, Button, Form, Input, Popconfirm, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { ItemDrawer, type ItemFormProps } from '../../components/EditDrawer';
import { AGENCY_KINDS } from '../../../../shared/domain/types';
import type { Agency } from '../../../../shared/domain/types';
import { useCatalogue } from '../../data/catalogue-context';
import {
  AGENCY_FORM_FIELDS,
  NEW_AGENCY,
  agencyFormValues,
  agencyPatch,
  cleanAgencyValues,
  type AgencyFormValues,
} from './agency-form';
import { AGENCY_KIND_LABELS } from '../../lib/agency-labels';
import { errorMessage } from '../../api/api-error';
import { NO_CHANGES_MESSAGE, saveWithFieldErrors } from '../../lib/form-errors';
import { useTrackFormChanges } from '../../lib/use-discard-guard';

const FORM_ID = 'agency-form';

/** `agency` is the agency to edit, 'new' to create one, null when closed. */
export type AgencyTarget = Agency | 'new' | null;

export function AgencyDrawer(props: { target: AgencyTarget; onClose: () => void }) {
  const { target, onClose } = props;
  return (
    <ItemDrawer
      item={target}
      onClose={onClose}
      size={600}
      title={(t) => (t === 'new' ? 'Thêm đơn vị' : t.name)}
      keyOf={(t) => (t === 'new' ? 'new' : t.id)}
      formId={FORM_ID}
      submitLabel={(t) => (t === 'new' ? 'Thêm đơn vị' : undefined)}
    >
      {(t, form) => <AgencyForm agency={t === 'new' ? null : t} onDone={onClose} {...form} />}
    </ItemDrawer>
  );
}

function AgencyForm(props: ItemFormProps & { agency: Agency | null; onDone: () => void }) {
  const { agency, onDone, saving, setSaving } = props;
  const { createAgency, updateAgency, unmergeAgency } = useCatalogue();
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyFormValues>();
  const [initial] = useState(() => (agency ? agencyFormValues(agency) : NEW_AGENCY));
  useTrackFormChanges(form, initial);
  const [general, setGeneral] = useState<string[]>([]);

  async function unmerge(a: Agency) {
    setSaving(true);
    try {
      const restored = await unmergeAgency(a.id);
      message.success(`Đã hoàn tác sáp nhập: ${restored.name} hoạt động trở lại`);
      onDone();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  async function save(values: AgencyFormValues) {
    const v = cleanAgencyValues({ ...initial, ...values });
    setGeneral([]);
    setGeneral(
      await saveWithFieldErrors(
        form,
        AGENCY_FORM_FIELDS,
        setSaving,
        async () => {
          if (agency) {
            const patch = agencyPatch(initial, v);
            if (Object.keys(patch).length === 0) {
              message.info(NO_CHANGES_MESSAGE);
            } else {
              const saved = await updateAgency(agency.id, patch);
              message.success(`Đã lưu đơn vị ${saved.name}`);
            }
          } else {
            const created = await createAgency(v);
            message.success(`Đã thêm đơn vị ${created.name}`);
          }
          onDone();
        },
        (text) => message.error(text),
      ),
    );
  }

  return (
    <Form<AgencyFormValues>
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ ...initial, shortName: initial.shortName ?? '' }}
      onFinish={(v) => void save(v)}
      disabled={saving}
      requiredMark={false}
    >
      {agency?.successor ? (
        <Alert
          className="block"
          type="info"
          showIcon
          title={`Đơn vị này đã sáp nhập vào ${agency.successor.name}.`}
          description={
            <>
              <div>Các nhiệm vụ, chỉ tiêu ghi tên đơn vị này hiển thị đơn vị tiếp nhận.</div>
              <Popconfirm
                title="Hoàn tác sáp nhập?"
                description={
                  <div style={{ maxWidth: 380 }}>
                    {agency.name} hoạt động và gửi báo cáo trở lại như trước khi sáp nhập; các tên
                    gọi đã chuyển sang {agency.successor.name} được gỡ ra. Báo cáo đã nhận vẫn giữ
                    nguyên.
                  </div>
                }
                okText="Hoàn tác"
                cancelText="Không"
                onConfirm={() => void unmerge(agency)}
              >
                <Button size="small" disabled={saving} style={{ marginTop: 8 }}>
                  Hoàn tác sáp nhập
                </Button>
              </Popconfirm>
            </>
          }
        />
      ) : null}
      {general.length > 0 ? (
        <Alert className="block" type="error" showIcon title={general.join(' ')} />
      ) : null}
      <Form.Item name="name" label="Tên đơn vị">
        <Input placeholder="Ví dụ: Sở Khoa học và Công nghệ" />
      </Form.Item>
      <Form.Item
        name="shortName"
        label="Tên viết tắt"
        extra="Tên ngắn in trong bảng, ví dụ: Sở KH&CN."
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="aliases"
        label="Tên gọi khác"
        extra="Các cách viết tên đơn vị trong tệp báo cáo gửi về (gõ rồi nhấn Enter để thêm). Ứng dụng dùng chúng để nhận ra đơn vị."
      >
        <Select mode="tags" open={false} suffixIcon={null} placeholder="Ví dụ: Sở KHCN, SKHCN" />
      </Form.Item>
      <Form.Item name="kind" label="Loại đơn vị">
        <Select options={AGENCY_KINDS.map((k) => ({ value: k, label: AGENCY_KIND_LABELS[k] }))} />
      </Form.Item>
      <div className="form-switches">
        <Form.Item name="reports" label="Gửi báo cáo định kỳ" valuePropName="checked">
          <Switch checkedChildren="Có" unCheckedChildren="Không" />
        </Form.Item>
        <Form.Item name="active" label="Đang hoạt động" valuePropName="checked">
          <Switch
            checkedChildren="Có"
            unCheckedChildren="Không"
            disabled={saving || agency?.successor != null}
          />
        </Form.Item>
      </div>
      {agency && !agency.successor ? (
        <Typography.Paragraph type="secondary">
          Khi đơn vị được sáp nhập vào đơn vị khác, dùng nút “Sáp nhập…” trong danh sách thay vì tắt
          “Đang hoạt động”, để các nhiệm vụ chuyển sang đơn vị tiếp nhận.
        </Typography.Paragraph>
      ) : null}
    </Form>
  );
}
