import {
  CheckCircleFilled,
  CloseCircleFilled,
  DeleteOutlined,
  FileExcelOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Collapse,
  DatePicker,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { SUGGESTION_FLOOR, type FilePreview } from '../../../../shared/domain/import-types';
import { parsePeriodFromText, periodFromKey, periodLabel } from '../../../../shared/domain/periods';
import { capitalise, formatVnDate } from '../../../../shared/domain/text';
import type { PickOption } from '../../lib/agency-options';
import { formatSize } from '../../lib/file-bytes';
import { docLine } from '../../lib/submission-labels';
import { percent, SOURCE_LABEL } from './intake-labels';
import {
  batchTwin,
  doubleTargets,
  isDone,
  pendingRows,
  periodAsked,
  type IntakeFile,
  type PlanRows,
} from './intake-matching';
import { periodOptions } from './intake-period';
import { foldedSearch } from '../../lib/select-search';
import { DiffTable } from './DiffTable';
import { RowsTable } from './RowsTable';

const AGENCY_SOURCE_NOTE: Record<NonNullable<FilePreview['agencySource']>, string> = {
  form: 'ghi sẵn trong biểu mẫu',
  detected: 'nhận ra từ tiêu đề hoặc tên tệp — hãy kiểm tra',
  chosen: 'do bạn chọn',
};

function periodText(key: string): string {
  try {
    return capitalise(periodLabel(periodFromKey(key)));
  } catch {
    return key;
  }
}

export interface FileCardProps {
  file: IntakeFile;
  /** Every file of the screen, to find another file for the same agency and period. */
  batch: IntakeFile[];
  plan: PlanRows;
  agencyOptions: PickOption[];
  /** The period chosen at the top of the screen, used when the file says none. */
  selectedPeriod: string;
  onPatch: (patch: Partial<IntakeFile>) => void;
  onReread: (hints: { agencyId: number | null; period: string }) => void;
  onRemove: () => void;
}

function StatusTag({ file }: { file: IntakeFile }) {
  const p = file.preview;
  if (file.result?.ok && file.result.unchanged) return <Tag color="blue">Không có gì thay đổi</Tag>;
  if (file.result?.ok) return <Tag color="green">Đã ghi</Tag>;
  if (file.result) return <Tag color="red">Chưa ghi được</Tag>;
  if (file.localError || (p && !p.ok))
    return (
      <Tag color="red" icon={<CloseCircleFilled />}>
        Không đọc được
      </Tag>
    );
  if (!p) return <Tag>Chờ xem trước</Tag>;
  return (
    <Tag color="green" icon={<CheckCircleFilled />}>
      Đọc được
    </Tag>
  );
}

/** One dropped file: what was read from it, who and which period it is, and each row's match. */
export function FileCard(props: FileCardProps) {
  const { file, batch, plan, agencyOptions, selectedPeriod, onPatch, onReread, onRemove } = props;
  const p = file.preview;
  const done = isDone(file);
  const title = (
    <span className="file-card-title">
      <FileExcelOutlined className="file-icon" />
      <Typography.Text strong ellipsis={{ tooltip: file.name }} className="file-name">
        {file.name}
      </Typography.Text>
      <Typography.Text type="secondary" className="file-size">
        {formatSize(file.size)}
      </Typography.Text>
      <StatusTag file={file} />
    </span>
  );
  const extra = (
    <Button
      type="text"
      size="small"
      icon={<DeleteOutlined />}
      aria-label={`Bỏ tệp ${file.name} khỏi danh sách`}
      disabled={file.busy}
      onClick={onRemove}
    >
      Bỏ khỏi danh sách
    </Button>
  );

  let body: ReactNode;
  if (file.localError || (p && !p.ok)) {
    body = (
      <Alert
        type="error"
        showIcon
        title="Không đọc được tệp này"
        description={file.localError ?? p?.message ?? 'Tệp không đọc được.'}
      />
    );
  } else if (!p) {
    body = <Typography.Text type="secondary">Bấm “Xem trước” để đọc tệp.</Typography.Text>;
  } else if (done && file.result?.submission) {
    const sub = file.result.submission;
    body = (
      <Typography.Text type="secondary" className="done-line">
        {[
          sub.agency.name,
          periodText(sub.period),
          `nhận ngày ${formatVnDate(sub.receivedOn)}`,
          docLine(sub.docNumber, sub.docDate),
          `phiên bản ${sub.version}`,
        ]
          .filter((x) => x !== '')
          .join(' · ')}
      </Typography.Text>
    );
  } else {
    body = (
      <PreviewBody
        file={file}
        batch={batch}
        preview={p}
        plan={plan}
        agencyOptions={agencyOptions}
        selectedPeriod={selectedPeriod}
        done={done}
        onPatch={onPatch}
        onReread={onReread}
      />
    );
  }

  return (
    <section aria-label={`Tệp ${file.name}`} className="file-card-wrap">
      <Card
        size="small"
        title={title}
        extra={extra}
        className={done ? 'file-card done' : 'file-card'}
      >
        <Spin spinning={file.busy} description="Đang xử lý…">
          {file.result ? <ResultAlert file={file} /> : null}
          {body}
        </Spin>
      </Card>
    </section>
  );
}

function ResultAlert({ file }: { file: IntakeFile }) {
  const r = file.result!;
  if (r.ok && r.unchanged)
    return <Alert className="card-alert" type="info" showIcon title={r.message} />;
  if (r.ok) return <Alert className="card-alert" type="success" showIcon title={r.message} />;
  return (
    <Alert
      className="card-alert"
      type="error"
      showIcon
      title="Chưa ghi được tệp này"
      description={r.message}
    />
  );
}

function PreviewBody(props: {
  file: IntakeFile;
  batch: IntakeFile[];
  preview: FilePreview;
  plan: PlanRows;
  agencyOptions: PickOption[];
  selectedPeriod: string;
  done: boolean;
  onPatch: (patch: Partial<IntakeFile>) => void;
  onReread: (hints: { agencyId: number | null; period: string }) => void;
}) {
  const {
    file,
    batch,
    preview: p,
    plan,
    agencyOptions,
    selectedPeriod,
    done,
    onPatch,
    onReread,
  } = props;
  const twin = batchTwin(file, batch);
  const agencyAsked = p.agencyQuestion !== null && file.agencyId === null;
  const agencyId = file.agencyId ?? p.agency?.id ?? null;
  const askPeriod = periodAsked(file);
  // An asked period starts empty: the period chosen above is not the answer to the question.
  const period = file.period ?? p.period ?? (askPeriod ? null : selectedPeriod);
  // Reading the file again (another agency, a match) keeps the period hint it was read with.
  const readPeriod = period ?? selectedPeriod;
  const pending = pendingRows(file);
  const doubles = doubleTargets(file);
  const fileIssues = p.issues.filter((i) => i.row === null);
  const strayIssues = p.issues.filter(
    (i) => i.row !== null && !p.rows.some((r) => r.sheet === i.sheet && r.row === i.row),
  );
  const uncertain = p.rows.filter((r) => r.uncertain).length;
  const asked = p.rows.filter((r) => r.questions.length > 0).length;
  const tasks = p.rows.filter((r) => r.kind === 'task').length;
  const indicators = p.rows.length - tasks;
  const h = p.header;
  const headerFacts = [
    h && docLine(h.docNumber, h.docDate) ? `Văn bản: ${docLine(h.docNumber, h.docDate)}` : null,
    h?.person ? `Người lập: ${h.person}` : null,
    h?.phone ? `Điện thoại: ${h.phone}` : null,
  ].filter((x): x is string => x !== null);
  const locked = done || file.busy;
  // The form's own period is fixed unless the importer asked which report it is.
  const periodFixed = (p.source === 'form' && p.period !== null && file.period === null) || locked;
  // A file without a document date gets no default: the clerk enters when it arrived.
  const received = file.receivedOn ?? h?.docDate ?? null;
  // The period the file's title or name states, to warn when it differs from the one used.
  const writtenPeriod = parsePeriodFromText(h?.periodText ?? '') ?? parsePeriodFromText(file.name);

  return (
    <div className="preview-body">
      <div className="preview-facts">
        <div className="fact">
          <span className="fact-label">Đơn vị</span>
          <div>
            <Select<number>
              aria-label={`Đơn vị của tệp ${file.name}`}
              className="agency-select"
              value={agencyId ?? undefined}
              placeholder="Chọn đơn vị gửi báo cáo"
              status={agencyId === null ? 'error' : agencyAsked ? 'warning' : undefined}
              options={agencyOptions}
              showSearch={foldedSearch}
              disabled={locked || p.agencySource === 'form'}
              onChange={(id) => {
                onPatch({ agencyId: id });
                onReread({ agencyId: id, period: readPeriod });
              }}
            />
            <Typography.Text
              type={agencyId === null ? 'danger' : agencyAsked ? 'warning' : 'secondary'}
              className="small-note"
            >
              {agencyId === null
                ? 'Chưa nhận ra đơn vị — hãy chọn.'
                : agencyAsked
                  ? 'chưa chắc chắn — hãy xác nhận hoặc chọn lại'
                  : file.agencyId !== null && file.agencyId !== p.agency?.id
                    ? AGENCY_SOURCE_NOTE.chosen
                    : p.agencySource
                      ? AGENCY_SOURCE_NOTE[p.agencySource]
                      : ''}
            </Typography.Text>
          </div>
        </div>
        <div className="fact">
          <span className="fact-label">Kỳ báo cáo</span>
          {periodFixed && period !== null ? (
            <span>
              {periodText(period)}
              {p.source === 'form' ? (
                <Typography.Text type="secondary" className="small-note">
                  ghi sẵn trong biểu mẫu
                </Typography.Text>
              ) : null}
            </span>
          ) : (
            <Select<string>
              aria-label={`Kỳ báo cáo của tệp ${file.name}`}
              className="period-select"
              value={period ?? undefined}
              placeholder="Chọn kỳ báo cáo"
              status={askPeriod ? 'warning' : undefined}
              disabled={locked}
              options={periodOptions(period ?? selectedPeriod)}
              showSearch={foldedSearch}
              onChange={(key) => {
                onPatch({ period: key });
                onReread({ agencyId: file.agencyId, period: key });
              }}
            />
          )}
          {askPeriod ? (
            <Typography.Text type="warning" className="small-note">
              Chưa rõ tệp báo cáo kỳ nào — hãy chọn (xem cảnh báo của tệp).
            </Typography.Text>
          ) : !periodFixed ? (
            <Typography.Text
              type={writtenPeriod && writtenPeriod !== period ? 'warning' : 'secondary'}
              className="small-note"
            >
              {writtenPeriod && period !== null && writtenPeriod !== period
                ? `Tệp ghi ${periodText(writtenPeriod).toLowerCase()} — hãy kiểm tra.`
                : file.period !== null
                  ? 'do bạn chọn'
                  : 'theo kỳ đang chọn ở trên'}
            </Typography.Text>
          ) : null}
        </div>
        <div className="fact">
          <span className="fact-label">Ngày nhận</span>
          <div>
            <DatePicker
              aria-label={`Ngày nhận tệp ${file.name}`}
              className="received-picker"
              format="DD/MM/YYYY"
              placeholder="dd/mm/yyyy"
              allowClear={file.receivedOn !== null}
              value={received ? dayjs(received) : null}
              status={received === null ? 'error' : undefined}
              disabled={locked}
              onChange={(d: Dayjs | null) =>
                onPatch({ receivedOn: d ? d.format('YYYY-MM-DD') : null, result: null })
              }
            />
            <Typography.Text
              type={received === null ? 'danger' : 'secondary'}
              className="small-note"
            >
              {file.receivedOn !== null
                ? 'do bạn nhập'
                : h?.docDate
                  ? 'theo ngày văn bản của đơn vị'
                  : 'Tệp không ghi ngày văn bản — hãy nhập ngày nhận (ngày của thư điện tử hoặc sổ công văn đến).'}
            </Typography.Text>
          </div>
        </div>
        <div className="fact">
          <span className="fact-label">Nguồn</span>
          <span>
            {p.source ? (
              <Tag color={p.source === 'form' ? 'blue' : 'gold'}>{SOURCE_LABEL[p.source]}</Tag>
            ) : null}
          </span>
        </div>
        {headerFacts.length > 0 ? (
          <div className="fact fact-wide">
            <span className="fact-label">Thông tin chung</span>
            <span>{headerFacts.join(' · ')}</span>
          </div>
        ) : null}
      </div>

      {agencyAsked && !locked ? (
        <Alert
          className="card-alert"
          type="warning"
          showIcon
          title="Cần xác nhận đơn vị gửi báo cáo"
          description={p.agencyQuestion}
          action={
            p.agency ? (
              <Button
                size="small"
                onClick={() => {
                  onPatch({ agencyId: p.agency!.id });
                  onReread({ agencyId: p.agency!.id, period: readPeriod });
                }}
              >
                Đúng là {p.agency.name}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {twin && !locked ? (
        <Alert
          className="card-alert"
          type="warning"
          showIcon
          title={`Tệp «${twin.name}» trong lần nhập này cũng là báo cáo ${periodText(readPeriod).toLowerCase()} của đơn vị này`}
          description={
            <>
              <div className="alert-line">
                Hai tệp sẽ thành hai phiên bản; bản ghi sau cùng là bản được dùng. Hãy so số, ngày
                văn bản: tệp này{' '}
                {docLine(h?.docNumber ?? null, h?.docDate ?? null) || 'không ghi số, ngày'}; tệp kia{' '}
                {docLine(
                  twin.preview?.header?.docNumber ?? null,
                  twin.preview?.header?.docDate ?? null,
                ) || 'không ghi số, ngày'}
                .
              </div>
              <Checkbox
                checked={file.later}
                onChange={(e) => onPatch({ later: e.target.checked, result: null })}
              >
                Tệp này là bản mới hơn (ghi sau cùng)
              </Checkbox>
            </>
          }
        />
      ) : null}
      {p.notes.map((n, i) => (
        <Alert key={`note-${i}`} className="card-alert" type="info" showIcon title={n} />
      ))}
      {fileIssues.map((i, n) => (
        <Alert
          key={`issue-${n}`}
          className="card-alert"
          type={i.severity === 'error' ? 'error' : 'warning'}
          showIcon
          title={i.sheet ? `Trang tính "${i.sheet}": ${i.message}` : i.message}
        />
      ))}
      {strayIssues.length > 0 ? (
        <Alert
          className="card-alert"
          type="warning"
          showIcon
          title={`${strayIssues.length} dòng trong tệp không được đọc`}
          description={
            <ul className="issue-list">
              {strayIssues.slice(0, 8).map((i, n) => (
                <li key={n}>
                  {i.sheet}!{i.row}: {i.message}
                </li>
              ))}
              {strayIssues.length > 8 ? <li>… và {strayIssues.length - 8} dòng khác.</li> : null}
            </ul>
          }
        />
      ) : null}
      {p.duplicateOf && !done ? (
        <Alert
          className="card-alert"
          type="info"
          showIcon
          title="Tệp này đã được nhập — không có gì thay đổi"
          description={`Đây đúng là tệp đã ghi ngày ${formatVnDate(p.duplicateOf.createdAt.slice(0, 10))} (phiên bản ${p.duplicateOf.version} của ${p.duplicateOf.agency.name}). Ghi lại sẽ không tạo phiên bản mới.`}
        />
      ) : null}
      {p.previous && !done ? (
        <Alert
          className="card-alert"
          type="warning"
          showIcon
          title={`Sẽ thay thế phiên bản ${p.previous.version} nhận ngày ${formatVnDate(p.previous.receivedOn)} — tệp này sẽ là phiên bản ${p.previous.version + 1}`}
          description={
            <>
              <div className="alert-line">
                Phiên bản trước: {p.previous.fileName}. Phiên bản trước vẫn được giữ lại để đối
                chiếu.
              </div>
              {p.diff.length === 0 ? (
                <div>Nội dung các dòng không thay đổi so với phiên bản trước.</div>
              ) : (
                <>
                  <div className="alert-line">
                    <strong>{p.diff.length} thay đổi so với phiên bản trước:</strong>
                  </div>
                  <DiffTable diff={p.diff} label={`Thay đổi của tệp ${file.name}`} />
                </>
              )}
            </>
          }
        />
      ) : null}

      {p.rows.length > 0 ? (
        <>
          <div className="confirm-line">
            {pending.length > 0 ? (
              <Tag color="orange" className="pending-tag">
                Cần xác nhận {pending.length} dòng
              </Tag>
            ) : uncertain + asked > 0 ? (
              <Tag color="green">Đã xử lý các dòng chưa chắc chắn</Tag>
            ) : (
              <Tag color="green">Mọi dòng đều khớp chắc chắn</Tag>
            )}
            {pending.length > 0 || file.acceptSuggested ? (
              <Checkbox
                checked={file.acceptSuggested}
                disabled={locked}
                onChange={(e) => onPatch({ acceptSuggested: e.target.checked, result: null })}
              >
                Chấp nhận gợi ý từ {percent(SUGGESTION_FLOOR)} trở lên
              </Checkbox>
            ) : null}
            {file.acceptSuggested && pending.length > 0 && !locked ? (
              <Typography.Text type="secondary">
                (gợi ý dưới {percent(SUGGESTION_FLOOR)} và tình trạng, ngày chưa rõ vẫn cần bạn chọn
                từng dòng)
              </Typography.Text>
            ) : null}
            {doubles.size > 0 ? (
              <Typography.Text type="danger">
                Có dòng kế hoạch được chọn cho hai dòng của tệp — hãy sửa trước khi ghi.
              </Typography.Text>
            ) : null}
          </div>
          <Collapse
            className="rows-collapse"
            size="small"
            defaultActiveKey={pending.length > 0 || strayIssues.length > 0 ? ['rows'] : []}
            items={[
              {
                key: 'rows',
                label: `Các dòng đọc được: ${[
                  tasks > 0 ? `${tasks} nhiệm vụ` : '',
                  indicators > 0 ? `${indicators} chỉ tiêu` : '',
                ]
                  .filter(Boolean)
                  .join(', ')}`,
                children: (
                  <RowsTable
                    file={file}
                    plan={plan}
                    doubles={doubles}
                    disabled={locked}
                    onMatch={(key, target) =>
                      onPatch({ matches: { ...file.matches, [key]: target }, result: null })
                    }
                    onAnswer={(key, answer) =>
                      onPatch({ answers: { ...file.answers, [key]: answer }, result: null })
                    }
                  />
                ),
              },
            ]}
          />
        </>
      ) : null}
      {!done && file.result && !file.result.ok && file.data ? (
        <Button
          className="reread"
          size="small"
          icon={<ReloadOutlined />}
          onClick={() => onReread({ agencyId: file.agencyId, period: readPeriod })}
        >
          Đọc lại tệp
        </Button>
      ) : null}
    </div>
  );
}
