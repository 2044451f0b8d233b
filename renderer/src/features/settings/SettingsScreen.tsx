import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Row, Skeleton } from 'antd';
import { useState } from 'react';
import type { DocumentSettings } from '../../../../shared/domain/types';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { AppInfoCard } from './AppInfoCard';
import { BackupsCard } from './BackupsCard';
import { DocumentPreview } from './DocumentPreview';
import { ScreenHeader } from '../../components/ScreenHeader';
import { applyFieldErrors, NO_CHANGES_MESSAGE } from '../../lib/form-errors';
import { useDiscardGuard, useFormChanges } from '../../lib/use-discard-guard';
import {
  SETTINGS_FIELDS,
  fromSettingsForm,
  settingsFormValues,
  settingsPatch,
  type SettingsFormValues,
} from './settings-form';

export function SettingsScreen() {
  const loaded = useApiQuery('settings.get', {});

  return (
    <>
      <ScreenHeader
        title="Cài đặt"
        description="Thông tin in trên báo cáo, công văn do ứng dụng tạo ra (theo Nghị định 30/2020/NĐ-CP)."
      />
      {loaded.value ? (
        <SettingsForm settings={loaded.value} />
      ) : loaded.error ? (
        <Alert
          type="error"
          showIcon
          title="Không tải được phần cài đặt"
          description={loaded.error}
          action={<Button onClick={loaded.reload}>Thử lại</Button>}
        />
      ) : (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      )}
      <BackupsCard />
    </>
  );
}

function SettingsForm({ settings }: { settings: DocumentSettings }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsFormValues>();
  const update = useApiMutation('settings.update');
  const saving = update.pending;
  const [general, setGeneral] = useState<string[]>([]);
  const watched = Form.useWatch([], form) as SettingsFormValues | undefined;
  const preview = fromSettingsForm({ ...settingsFormValues(settings), ...watched });
  // "Huỷ thay đổi" and leaving the screen ask before dropping what was typed.
  const guard = useDiscardGuard(
    () => {
      form.resetFields();
      form.setFieldsValue(settingsFormValues(settings));
      setGeneral([]);
    },
    { isDirty: useFormChanges(form, settingsFormValues(settings)) },
  );

  async function save(values: SettingsFormValues) {
    const patch = settingsPatch(settings, fromSettingsForm(values));
    setGeneral([]);
    if (Object.keys(patch).length === 0) {
      message.info(NO_CHANGES_MESSAGE);
      return;
    }
    try {
      // Resolves once the settings shown (here and in the report's export tab) are loaded again.
      const saved = await update.run({ patch });
      form.setFieldsValue(settingsFormValues(saved));
      message.success('Đã lưu cài đặt');
    } catch (error) {
      const rest = applyFieldErrors(form, error, SETTINGS_FIELDS);
      setGeneral(rest);
      if (rest.length > 0) message.error(rest.join(' '));
    }
  }

  return (
    <Row gutter={20}>
      <Col xs={24} xl={12}>
        <Card title="Thông tin in trên văn bản">
          <Form<SettingsFormValues>
            form={form}
            layout="vertical"
            initialValues={settingsFormValues(settings)}
            onFinish={(v) => void save(v)}
            disabled={saving}
            requiredMark={false}
          >
            {general.length > 0 ? (
              <Alert className="block" type="error" showIcon title={general.join(' ')} />
            ) : null}
            <div className="form-grid">
              <Form.Item name="parentAgency" label="Cơ quan chủ quản">
                <Input placeholder="UBND TỈNH LAI CHÂU" />
              </Form.Item>
              <Form.Item name="agency" label="Cơ quan ban hành">
                <Input placeholder="SỞ KHOA HỌC VÀ CÔNG NGHỆ" />
              </Form.Item>
              <Form.Item
                name="abbreviation"
                label="Chữ viết tắt của cơ quan"
                extra="Dùng trong số, ký hiệu văn bản: …/BC-SKHCN."
              >
                <Input placeholder="SKHCN" />
              </Form.Item>
              <Form.Item
                name="place"
                label="Địa danh"
                extra="In trước ngày tháng: Lai Châu, ngày …"
              >
                <Input placeholder="Lai Châu" />
              </Form.Item>
              <Form.Item
                name="signerAuthority"
                label="Thẩm quyền ký"
                extra="GIÁM ĐỐC, hoặc KT. GIÁM ĐỐC khi Phó Giám đốc ký thay."
              >
                <Input placeholder="KT. GIÁM ĐỐC" />
              </Form.Item>
              <Form.Item
                name="signerTitle"
                label="Chức vụ người ký"
                extra="Để trống khi Giám đốc ký."
              >
                <Input placeholder="PHÓ GIÁM ĐỐC" />
              </Form.Item>
              <Form.Item name="signerName" label="Họ và tên người ký">
                <Input placeholder="Nguyễn Văn A" />
              </Form.Item>
              <Form.Item name="archiveLine" label="Dòng lưu văn bản">
                <Input placeholder="Lưu: VT, VP" />
              </Form.Item>
            </div>
            <Form.Item name="addressees" label="Kính gửi" extra="Mỗi nơi một dòng.">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
            <Form.Item
              name="recipients"
              label="Nơi nhận"
              extra="Mỗi nơi một dòng, không cần gạch đầu dòng; dòng “Lưu” tự thêm ở cuối."
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
            </Form.Item>
            <div className="form-grid">
              <Form.Item
                name="contactPerson"
                label="Người liên hệ"
                extra="In trên công văn đôn đốc và biểu mẫu gửi đơn vị: bà Nguyễn Thị Hoa, Văn phòng Sở."
              >
                <Input placeholder="bà Nguyễn Thị Hoa, Văn phòng Sở" />
              </Form.Item>
              <Form.Item name="contactPhone" label="Điện thoại liên hệ">
                <Input placeholder="0213.3876.123" />
              </Form.Item>
            </div>
            <Form.Item
              name="glossary"
              label="Chữ viết tắt"
              extra="Mỗi dòng một chữ: “CĐS: chuyển đổi số”. Lần đầu xuất hiện trong báo cáo, chữ viết tắt được viết đầy đủ, kèm chữ viết tắt trong ngoặc đơn."
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} aria-label="Chữ viết tắt" />
            </Form.Item>
            <Form.Item name="statusColours" valuePropName="checked">
              <Checkbox>
                Tô màu ô tình trạng trong phụ lục Excel (bản in chính thức để trắng đen)
              </Checkbox>
            </Form.Item>
            <div className="form-actions">
              <Button onClick={guard.close}>Huỷ thay đổi</Button>
              <Button type="primary" htmlType="submit" loading={saving}>
                Lưu cài đặt
              </Button>
            </div>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <div className="preview-card">
          <Card title="Xem trước khi in" className="block">
            <DocumentPreview s={preview} />
          </Card>
          <AppInfoCard />
        </div>
      </Col>
    </Row>
  );
}
