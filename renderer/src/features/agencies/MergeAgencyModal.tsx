import { Alert, App, Button, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { Agency } from '../../../../shared/domain/types';
import { useCatalogue } from '../../data/catalogue-context';
import { agencySearchText } from '../../lib/agency-labels';
import { agencyUsage } from './agency-usage';
import { applyFieldErrors } from '../../lib/form-errors';
import { foldedSearch } from '../../lib/select-search';
import {
  DiscardScopeContext,
  useDiscardGuard,
  useTrackFormChanges,
} from '../../lib/use-discard-guard';
import { useLastPresent } from '../../lib/use-last-present';

const NOTHING_CHOSEN = {};

/** Records that `agency` was merged into another (2025 reorganisation). */
export function MergeAgencyModal(props: { agency: Agency | null; onClose: () => void }) {
  const { agency, onClose } = props;
  const shown = useLastPresent(agency);
  const guard = useDiscardGuard(onClose, { open: agency !== null });
  return (
    <Modal
      open={agency !== null}
      onCancel={guard.close}
      title={shown ? `Sáp nhập ${shown.name}` : ''}
      destroyOnHidden
      footer={null}
      width={600}
    >
      <DiscardScopeContext value={guard.scope}>
        {shown ? (
          <MergeForm key={shown.id} agency={shown} onCancel={guard.close} onDone={onClose} />
        ) : null}
      </DiscardScopeContext>
    </Modal>
  );
}

function MergeForm(props: { agency: Agency; onCancel: () => void; onDone: () => void }) {
  const { agency, onCancel, onDone } = props;
  const { catalogue, index, mergeAgency } = useCatalogue();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ intoId?: number }>();
  useTrackFormChanges(form, NOTHING_CHOSEN);
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const intoId = Form.useWatch('intoId', form);
  const into = intoId === undefined ? undefined : index.agencyById.get(intoId);
  const usage = agencyUsage(agency.id, catalogue, index, null);
  const candidates = index.activeAgencies.filter((a) => a.id !== agency.id);

  async function merge() {
    if (!into) {
      form.setFields([{ name: 'intoId', errors: ['Hãy chọn đơn vị tiếp nhận.'] }]);
      return;
    }
    setGeneral(null);
    setSaving(true);
    try {
      await mergeAgency(agency.id, into.id);
      message.success(`Đã sáp nhập ${agency.name} vào ${into.name}.`);
      onDone();
    } catch (error) {
      const rest = applyFieldErrors(form, error, ['intoId']);
      setGeneral(rest.length > 0 ? rest.join(' ') : null);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={() => void merge()}
      requiredMark={false}
      disabled={saving}
    >
      <Typography.Paragraph>
        Dùng khi {agency.name} được sáp nhập vào một đơn vị khác (ví dụ theo đợt sắp xếp tổ chức bộ
        máy năm 2025).
      </Typography.Paragraph>
      {general ? <Alert className="block" type="error" showIcon title={general} /> : null}
      <Form.Item name="intoId" label="Đơn vị tiếp nhận">
        <Select
          showSearch={foldedSearch}
          placeholder="Chọn đơn vị đang hoạt động"
          options={candidates.map((a) => ({
            value: a.id,
            label: a.name,
            search: agencySearchText(a),
          }))}
          notFoundContent="Không có đơn vị nào khớp"
        />
      </Form.Item>
      <Alert
        className="block"
        type="warning"
        showIcon
        title="Sau khi sáp nhập"
        description={effect(
          agency,
          into?.name ?? 'đơn vị tiếp nhận',
          usage.tasks,
          usage.indicators,
        )}
      />
      <div className="modal-footer">
        <Button onClick={onCancel}>Huỷ</Button>
        <Button type="primary" danger htmlType="submit" loading={saving}>
          Sáp nhập
        </Button>
      </div>
    </Form>
  );
}

function effect(agency: Agency, intoName: string, tasks: number, indicators: number) {
  return (
    <ul className="effect-list">
      <li>{agency.name} sẽ ngừng hoạt động và không còn nhận biểu mẫu báo cáo.</li>
      <li>
        Các nhiệm vụ của đơn vị này ({tasks} nhiệm vụ, {indicators} chỉ tiêu) sẽ hiển thị đơn vị
        tiếp nhận: “{intoName} (trước: {agency.name})”. Nội dung kế hoạch gốc được giữ nguyên.
      </li>
      <li>
        Tên “{agency.name}” được thêm vào tên gọi khác của {intoName}, để tệp báo cáo gửi dưới tên
        cũ vẫn được nhận ra.
      </li>
      <li>Ứng dụng chưa có chức năng hoàn tác việc sáp nhập.</li>
    </ul>
  );
}
