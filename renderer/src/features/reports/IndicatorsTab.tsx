import { App, Empty, Input, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { countAssessments, INDICATOR_ASSESSMENTS } from '../../../../shared/domain/status';
import {
  horizonLabel,
  INDICATOR_ASSESSMENT_LABEL,
  progressLabel,
} from '../../../../shared/domain/status-labels';
import type { IndicatorStatusRow } from '../../../../shared/domain/types';
import { api } from '../../api/client';
import { errorMessage } from '../../api/api-error';
import { Highlight } from '../../components/Highlight';
import { SourceTrace } from '../../components/SourceTrace';
import { ResultCount, Toolbar } from '../../components/Toolbar';
import { RQ } from '../../lib/report-links';
import { valueLabel } from '../../lib/indicator-value';
import { ASSESSMENT_TONE } from '../../lib/status-colors';
import {
  indicatorRowMatches,
  parseAssessment,
  type IndicatorStatusFilter,
} from '../../lib/status-filter';
import { targetTag } from '../../lib/target-label';
import type { QueryPatch } from '../../routing/hash-location';
import { AssessmentTag, ToneDot } from '../../components/StatusTag';

type Judgement = 'met' | 'not_met' | 'none';

const JUDGEMENT_OPTIONS: { value: Judgement; label: string }[] = [
  { value: 'met', label: 'Đạt' },
  { value: 'not_met', label: 'Chưa đạt' },
  { value: 'none', label: 'Chưa đánh giá' },
];

function readFilter(query: URLSearchParams): IndicatorStatusFilter {
  return {
    search: query.get(RQ.search) ?? '',
    assessment: parseAssessment(query.get(RQ.assessment)),
  };
}

export function IndicatorsTab(props: {
  period: string;
  rows: IndicatorStatusRow[];
  /** The figures of a signed report: shown as they were, the judgement not editable. */
  readOnly?: boolean;
  query: URLSearchParams;
  setQuery: (patch: QueryPatch) => void;
}) {
  const { period, rows, query, setQuery } = props;
  const { message } = App.useApp();
  const [saving, setSaving] = useState<number | null>(null);
  const filter = readFilter(query);
  const q = filter.search;
  const searched = rows.filter((r) => indicatorRowMatches(r, { ...filter, assessment: null }));
  const counts = countAssessments(searched);
  const total = countAssessments(rows).total;
  const listing = filter.assessment === null && q.trim() === '';
  // Unfiltered, the list reads like the plan (parent rows 6 and 13 as headings); filtered, only
  // the indicators that are counted.
  const shown = listing
    ? rows
    : searched.filter(
        (r) =>
          r.assessment !== null &&
          (filter.assessment === null || r.assessment === filter.assessment),
      );
  const shownCount = shown.filter((r) => r.assessment !== null).length;

  async function judge(r: IndicatorStatusRow, v: Judgement) {
    setSaving(r.indicatorId);
    try {
      // Resolves once the status shown has the judgement (the cache asks for it again).
      await api('indicators.judge', {
        indicatorId: r.indicatorId,
        period,
        judgement: v === 'none' ? null : v,
      });
      message.success(`Đã ghi đánh giá chỉ tiêu ${r.code}`);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(null);
    }
  }

  const columns: TableColumnsType<IndicatorStatusRow> = [
    {
      title: 'Mã',
      width: 56,
      render: (_, r) => (
        <span className={r.parent ? 'indent' : undefined}>
          <Highlight text={r.code} query={q} />
        </span>
      ),
    },
    {
      title: 'Chỉ tiêu',
      render: (_, r) => (
        <div className={r.parent && listing ? 'indent' : r.target ? undefined : 'heading-cell'}>
          <Highlight text={r.text} query={q} />
        </div>
      ),
    },
    { title: 'ĐVT', dataIndex: 'unit', width: 90 },
    {
      title: 'Mục tiêu',
      width: 170,
      render: (_, r) => {
        const t = r.target;
        if (!t) return null;
        const tag = targetTag(t);
        return (
          <div className="target-cell">
            {t.op === 'text' ? (
              <>
                <Tag className="target-tag">{tag}</Tag>
                <Typography.Text type="secondary" className="target-text">
                  {t.text}
                </Typography.Text>
              </>
            ) : (
              <span className="value-cell">{t.text}</span>
            )}
            <Typography.Text type="secondary" className="report-meta horizon-note">
              {horizonLabel(r.horizon)}
            </Typography.Text>
          </div>
        );
      },
    },
    {
      title: 'Kết quả',
      width: 130,
      render: (_, r) => {
        if (!r.target) return null;
        const v = valueLabel(r);
        return (
          <>
            {v ? (
              <SourceTrace
                target="indicator"
                id={r.indicatorId}
                submissionIds={r.submissionId ? [r.submissionId] : []}
                what={`số liệu chỉ tiêu ${r.code}`}
              >
                <strong className="value-cell">{v}</strong>
              </SourceTrace>
            ) : (
              <Typography.Text type="secondary">–</Typography.Text>
            )}
            {r.note ? (
              <Typography.Text type="secondary" className="report-meta">
                {r.note}
              </Typography.Text>
            ) : null}
          </>
        );
      },
    },
    {
      title: 'Đánh giá',
      width: 180,
      render: (_, r) => {
        // A target set for a later year is not judged as missed yet (PRODUCT.md, Statuses).
        const notDue =
          r.assessment === 'not_due' ? (
            <Typography.Text type="secondary" className="report-meta">
              {r.target?.op === 'text'
                ? `${INDICATOR_ASSESSMENT_LABEL.not_due} (mục tiêu ${horizonLabel(r.horizon).toLocaleLowerCase('vi')})`
                : r.progress !== null
                  ? progressLabel(r.progress)
                  : null}
            </Typography.Text>
          ) : null;
        if (r.target?.op === 'text' && !props.readOnly)
          return (
            <>
              <Select<Judgement>
                aria-label={`Đánh giá chỉ tiêu ${r.code}`}
                size="small"
                style={{ width: 140 }}
                value={r.judgement ?? 'none'}
                options={JUDGEMENT_OPTIONS}
                loading={saving === r.indicatorId}
                disabled={saving === r.indicatorId}
                onChange={(v) => void judge(r, v)}
              />
              {notDue}
            </>
          );
        return r.assessment ? (
          <>
            <AssessmentTag assessment={r.assessment} />
            {notDue}
          </>
        ) : null;
      },
    },
    {
      title: 'Đơn vị báo cáo',
      width: 200,
      render: (_, r) => {
        if (!r.target) return null;
        const other = r.reportedBy && r.agency && r.reportedBy.id !== r.agency.id;
        return (
          <>
            {r.reportedBy ? (
              <Highlight text={r.reportedBy.name} query={q} />
            ) : (
              <Typography.Text type="secondary">Chưa có báo cáo</Typography.Text>
            )}
            {r.agency && (other || !r.reportedBy) ? (
              <Typography.Text type="secondary" className="report-meta">
                Cơ quan theo dõi: {r.agency.name}
              </Typography.Text>
            ) : null}
          </>
        );
      },
    },
  ];

  return (
    <>
      <div className="status-chips" role="group" aria-label="Lọc theo đánh giá">
        <button
          type="button"
          className={`status-chip${filter.assessment === null ? ' active' : ''}`}
          aria-pressed={filter.assessment === null}
          onClick={() => setQuery({ [RQ.assessment]: null })}
        >
          Tất cả <span className="chip-count">{counts.total}</span>
        </button>
        {INDICATOR_ASSESSMENTS.map((a) => (
          <button
            key={a}
            type="button"
            className={`status-chip${filter.assessment === a ? ' active' : ''}`}
            aria-pressed={filter.assessment === a}
            onClick={() => setQuery({ [RQ.assessment]: filter.assessment === a ? null : a })}
          >
            <ToneDot color={ASSESSMENT_TONE[a].solid} />
            {a === 'qualitative' ? 'Định tính, chưa đánh giá' : INDICATOR_ASSESSMENT_LABEL[a]}{' '}
            <span className="chip-count">{counts[a]}</span>
          </button>
        ))}
      </div>
      <Toolbar>
        <Input.Search
          className="toolbar-search"
          aria-label="Tìm chỉ tiêu"
          placeholder="Tìm theo mã, tên chỉ tiêu, đơn vị…"
          allowClear
          value={filter.search}
          onChange={(e) => setQuery({ [RQ.search]: e.target.value })}
        />
      </Toolbar>
      <ResultCount
        shown={shownCount}
        total={total}
        noun="chỉ tiêu"
        filtered={!listing}
        onClear={() => setQuery({ [RQ.search]: null, [RQ.assessment]: null })}
      />
      <Table<IndicatorStatusRow>
        rowKey="indicatorId"
        columns={columns}
        dataSource={shown}
        size="small"
        sticky={{ offsetHeader: 56 }}
        pagination={false}
        rowClassName={(r) => (r.target ? '' : 'heading-row')}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="Không có chỉ tiêu nào khớp với bộ lọc."
            />
          ),
        }}
      />
    </>
  );
}
