import { Alert, Button, Input, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReportNarrative, ReportWorkspace } from '../../../../shared/api';
import { sectionText } from './report-narrative';

export function NarrativeTab(props: {
  workspace: ReportWorkspace;
  narrative: ReportNarrative;
  /** The text boxes, or null when nothing was typed since the last load. */
  texts: string[] | null;
  onChange: (texts: string[]) => void;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onRedraft: () => void;
  redrafting: boolean;
}) {
  const { workspace, narrative, texts, onChange, dirty, saving, onSave, onRedraft, redrafting } =
    props;
  const sections = narrative.narrative;
  const values = texts ?? sections.map(sectionText);
  const saved = workspace.report?.updatedAt;
  const signed = workspace.report?.signedAt ? workspace.report : null;
  return (
    <>
      {signed ? (
        <Alert
          className="block"
          type="info"
          showIcon
          title={`Nội dung của bản đã ký số ${signed.number ?? '…'}`}
          description="Bản đã ký được giữ nguyên. Lưu nội dung đã sửa sẽ tạo một báo cáo mới, chưa ký, cho kỳ này; bản đã ký vẫn còn trong lịch sử văn bản."
        />
      ) : null}
      {narrative.drafted ? (
        <Alert
          className="block"
          type="info"
          showIcon
          title="Bản nháp tự động từ báo cáo của các đơn vị"
          description="Nội dung dưới đây được soạn sẵn từ tình trạng nhiệm vụ, chỉ tiêu và những gì các đơn vị đã viết; chưa được lưu. Hãy đọc, sửa cho phù hợp rồi bấm “Lưu nội dung”. Khi tạo báo cáo Word, nội dung này được in vào phần thân báo cáo."
        />
      ) : null}
      <div className="narrative-bar">
        <Button
          type="primary"
          onClick={onSave}
          loading={saving}
          disabled={!dirty && !narrative.drafted}
        >
          Lưu nội dung
        </Button>
        <Button onClick={onRedraft} loading={redrafting} disabled={saving}>
          Soạn lại từ dữ liệu
        </Button>
        {dirty ? (
          <Tag color="warning">Có thay đổi chưa lưu</Tag>
        ) : saved && !narrative.drafted ? (
          <Typography.Text type="secondary">
            Đã lưu lúc {dayjs(saved).format('HH:mm DD/MM/YYYY')}
          </Typography.Text>
        ) : null}
        <span className="spacer" />
        <Typography.Text type="secondary">
          Mỗi dòng là một đoạn văn. Dòng bắt đầu bằng “1. ” là tiêu đề khoản, “a) ” là điểm, “- ” là
          gạch đầu dòng.
        </Typography.Text>
      </div>
      {sections.map((s, i) => {
        const label = `${s.key}. ${s.title}`;
        return (
          <section key={s.key} className="narrative-section">
            <Typography.Title level={5}>{label}</Typography.Title>
            <Input.TextArea
              aria-label={`Mục ${label}`}
              value={values[i] ?? ''}
              autoSize={{ minRows: 3, maxRows: 40 }}
              spellCheck={false}
              onChange={(e) => {
                const next = [...values];
                next[i] = e.target.value;
                onChange(next);
              }}
            />
          </section>
        );
      })}
    </>
  );
}
