import {
  Button,
  DatePicker,
  Segmented,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  answeredStatus,
  chosenTarget,
  openRows,
  type RowAnswers,
} from '../../../../shared/domain/import-rules';
import type { ImportRow } from '../../../../shared/domain/import-types';
import type { ReportedStatus } from '../../../../shared/domain/types';
import { formatVnDate, formatVnNumber } from '../../../../shared/domain/text';
import { REPORTED_STATUS_LABEL } from '../../lib/submission-labels';
import { confidenceColor, kindWord, percent } from './intake-labels';
import { ValueAnswer } from './ValueAnswer';
import {
  differingRuns,
  DROP_ROW,
  matchOptions,
  type IntakeFile,
  type PlanRows,
} from './intake-matching';
import { foldedSearch } from '../../lib/select-search';

type RowFilter = 'all' | 'pending' | 'issues';

function Dash() {
  return <Typography.Text type="secondary">–</Typography.Text>;
}

function rowLabel(r: ImportRow): string {
  return `${r.sheet}!${r.row}`;
}

/** How sure the match is, or what the clerk did with the row. */
function MatchTag({ row, matches }: { row: ImportRow; matches: IntakeFile['matches'] }) {
  if (row.key in matches)
    return matches[row.key] === null ? <Tag>Bỏ dòng</Tag> : <Tag color="blue">Đã chọn</Tag>;
  if (row.targetId === null) return <Tag color="red">Không khớp</Tag>;
  return (
    <Tooltip title="Độ tin cậy của gợi ý">
      <Tag color={confidenceColor(row.confidence)}>{percent(row.confidence)}</Tag>
    </Tooltip>
  );
}

/** The completion date under the status, marked when the file gave only the month. */
function CompletedOn({ row }: { row: ImportRow }) {
  if (!row.completedOn) return null;
  return (
    <div className="small-note">
      Hoàn thành {formatVnDate(row.completedOn)}
      {row.completedApprox ? (
        <Typography.Text type="warning"> (ước tính: chỉ ghi tháng)</Typography.Text>
      ) : null}
    </div>
  );
}

/** The rows read from one file, with the plan row each goes to and a picker to change it. */
export function RowsTable(props: {
  file: IntakeFile;
  plan: PlanRows;
  doubles: Set<string>;
  disabled: boolean;
  onMatch: (key: string, target: number | null) => void;
  onAnswer: (key: string, answer: RowAnswers[string]) => void;
}) {
  const { file, plan, doubles, disabled, onMatch, onAnswer } = props;
  const rows = file.preview?.rows ?? [];
  // The same rule the backend applies before writing.
  const pending = (r: ImportRow) =>
    openRows([r], file.matches, file.acceptSuggested, file.answers).length > 0;
  const pendingCount = rows.filter(pending).length;
  const issueCount = rows.filter((r) => r.issues.length + r.questions.length > 0).length;
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState({ current: 1, pageSize: 10 });
  const shown = rows.filter(
    (r) =>
      filter === 'all' ||
      (filter === 'pending' && pending(r)) ||
      (filter === 'issues' && r.issues.length + r.questions.length > 0),
  );

  const columns: TableColumnsType<ImportRow> = [
    {
      title: 'Dòng',
      width: 76,
      render: (_, r) => (
        <Tooltip
          title={`Trang tính "${r.sheet}", dòng ${r.row} (${kindWord(r.kind).toLowerCase()})`}
        >
          <div className="row-ref">
            <div>Dòng {r.row}</div>
            <Typography.Text type="secondary" className="small-note" ellipsis>
              {r.sheet}
            </Typography.Text>
          </div>
        </Tooltip>
      ),
    },
    {
      title: 'Nội dung trong tệp',
      render: (_, r) => (
        <Typography.Paragraph className="cell-paragraph" ellipsis={{ rows: 3, tooltip: r.text }}>
          {r.text || '(không có nội dung)'}
        </Typography.Paragraph>
      ),
    },
    {
      title: 'Khớp với',
      width: 250,
      render: (_, r) => {
        const target = chosenTarget(r, file.matches);
        const dropped = r.key in file.matches && file.matches[r.key] === null;
        const value = dropped ? DROP_ROW : (target ?? undefined);
        const isDouble = target !== null && doubles.has(`${r.kind}:${target}`);
        const planRow =
          target === null
            ? undefined
            : (r.kind === 'task' ? plan.task : plan.indicator).get(target);
        return (
          <>
            <Tooltip
              title={planRow ? `${planRow.code} – ${planRow.text}` : undefined}
              placement="topLeft"
              mouseEnterDelay={0.6}
            >
              <Select<number>
                aria-label={`Khớp với dòng ${rowLabel(r)}`}
                className="match-select"
                value={value}
                placeholder={
                  r.kind === 'task' ? 'Chọn nhiệm vụ của kế hoạch' : 'Chọn chỉ tiêu của kế hoạch'
                }
                status={
                  pending(r) || isDouble || (target === null && !dropped) ? 'warning' : undefined
                }
                options={matchOptions(r, plan)}
                showSearch={foldedSearch}
                popupMatchSelectWidth={620}
                optionRender={(o) => (
                  <div className="match-option">
                    {differingRuns(String(o.data.title ?? o.label), r.text).map((run, i) =>
                      run.differs ? (
                        <mark key={i} className="differs">
                          {run.text}
                        </mark>
                      ) : (
                        <span key={i}>{run.text}</span>
                      ),
                    )}
                    {o.data.confidence !== undefined ? (
                      <Tag className="option-confidence">{percent(o.data.confidence)}</Tag>
                    ) : null}
                  </div>
                )}
                disabled={disabled}
                onChange={(v) => onMatch(r.key, v === DROP_ROW ? null : v)}
              />
            </Tooltip>
            <MatchTag row={r} matches={file.matches} />
            {isDouble ? (
              <Typography.Text type="danger" className="small-note">
                Dòng kế hoạch này đã được chọn cho một dòng khác.
              </Typography.Text>
            ) : pending(r) && r.uncertain && !(r.key in file.matches) && r.targetId !== null ? (
              <Typography.Text type="warning" className="small-note">
                Gợi ý, cần xác nhận
              </Typography.Text>
            ) : null}
          </>
        );
      },
    },
    {
      title: 'Tình trạng / Giá trị',
      width: 170,
      render: (_, r) => {
        if (r.kind === 'indicator') {
          if (r.questions.some((q) => q.field === 'value'))
            return (
              <ValueAnswer
                row={r}
                label={rowLabel(r)}
                answer={file.answers[r.key]}
                disabled={disabled}
                onAnswer={(a) => onAnswer(r.key, a)}
              />
            );
          // The figure that will be stored, and the cell's words when they say more than it
          // ("Đạt 92,5%, vượt 2,5% so với KH" → 92,5), so the clerk can check the reading.
          const figure = r.value !== null ? formatVnNumber(r.value) : null;
          const said =
            r.valueText !== null && r.valueText.replace(/\s*%$/, '') !== figure
              ? r.valueText
              : null;
          return (
            <>
              <div>{figure ?? r.valueText ?? <Dash />}</div>
              {figure !== null && said !== null ? (
                <div className="small-note">Ô ghi: {said}</div>
              ) : null}
              {r.note ? (
                <Typography.Text
                  type="secondary"
                  className="small-note"
                  ellipsis={{ tooltip: r.note }}
                >
                  {r.note}
                </Typography.Text>
              ) : null}
            </>
          );
        }
        const answer = file.answers[r.key];
        if (r.questions.length > 0) {
          const status = answeredStatus(r, file.answers);
          const dateAsked = r.questions.some((q) => q.field === 'completedOn');
          return (
            <div className="row-answer">
              <Select<ReportedStatus | 'none'>
                size="small"
                aria-label={`Tình trạng dòng ${rowLabel(r)}`}
                value={status ?? 'none'}
                status={answer === undefined ? 'warning' : undefined}
                disabled={disabled}
                options={[
                  ...(['done', 'in_progress', 'not_started'] as const).map((v) => ({
                    value: v,
                    label: REPORTED_STATUS_LABEL[v],
                  })),
                  { value: 'none' as const, label: 'Không rõ' },
                ]}
                onChange={(v) => onAnswer(r.key, { ...answer, status: v === 'none' ? null : v })}
              />
              {dateAsked || status === 'done' ? (
                <DatePicker
                  size="small"
                  aria-label={`Ngày hoàn thành dòng ${rowLabel(r)}`}
                  format="DD/MM/YYYY"
                  placeholder="Ngày hoàn thành"
                  disabled={disabled || status !== 'done'}
                  value={
                    (answer?.completedOn ?? r.completedOn)
                      ? dayjs(answer?.completedOn ?? r.completedOn)
                      : null
                  }
                  onChange={(d) =>
                    onAnswer(r.key, {
                      ...answer,
                      status,
                      completedOn: d ? d.format('YYYY-MM-DD') : null,
                    })
                  }
                />
              ) : null}
              {answer === undefined ? (
                <Button
                  size="small"
                  type="link"
                  disabled={disabled}
                  onClick={() => onAnswer(r.key, {})}
                >
                  Giữ như đã đọc
                </Button>
              ) : null}
            </div>
          );
        }
        return (
          <>
            <div>
              {r.status ? REPORTED_STATUS_LABEL[r.status] : <Dash />}
              {r.percent !== null ? ` (${formatVnNumber(r.percent)}%)` : ''}
            </div>
            <CompletedOn row={r} />
            {r.progress ? (
              <Typography.Paragraph
                type="secondary"
                className="cell-paragraph note-text"
                ellipsis={{ rows: 2, tooltip: r.progress }}
              >
                {r.progress}
              </Typography.Paragraph>
            ) : null}
          </>
        );
      },
    },
  ];
  if (rows.some((r) => r.issues.length > 0 || r.questions.length > 0))
    columns.push({
      title: 'Vấn đề',
      width: 200,
      render: (_, r) =>
        r.issues.length + r.questions.length === 0 ? null : (
          <ul className="issue-list">
            {r.questions.map((q, n) => (
              <li key={`q${n}`} className="issue-question">
                {q.message}
              </li>
            ))}
            {r.issues.map((i, n) => (
              <li key={n} className={i.severity === 'error' ? 'issue-error' : 'issue-warning'}>
                {i.message}
              </li>
            ))}
          </ul>
        ),
    });

  return (
    <>
      <div className="rows-toolbar">
        <Segmented
          size="small"
          aria-label="Lọc các dòng"
          value={filter}
          onChange={(v) => {
            setFilter(v as RowFilter);
            setPage((p) => ({ ...p, current: 1 }));
          }}
          options={[
            { value: 'all', label: `Tất cả (${rows.length})` },
            {
              value: 'pending',
              label: `Cần xác nhận (${pendingCount})`,
            },
            { value: 'issues', label: `Có vấn đề (${issueCount})` },
          ]}
        />
        {pendingCount > 0 ? (
          <Typography.Text type="warning">
            Các dòng tô vàng cần chọn lại hoặc xác nhận.
          </Typography.Text>
        ) : null}
      </div>
      <Table<ImportRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={shown}
        tableLayout="fixed"
        scroll={{ x: 860 }}
        rowClassName={(r) => {
          if (r.key in file.matches && file.matches[r.key] === null) return 'intake-row-dropped';
          if (pending(r)) return 'intake-row-uncertain';
          return r.issues.some((i) => i.severity === 'error') ? 'intake-row-error' : '';
        }}
        pagination={{
          ...page,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total, [from, to]) => `${from}–${to} / ${total} dòng`,
          onChange: (current, pageSize) =>
            setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
          hideOnSinglePage: true,
        }}
      />
    </>
  );
}
