import type { ReactNode } from 'react';
import {
  INDICATOR_ASSESSMENT_LABEL,
  TASK_STATUS_LABEL,
} from '../../../shared/domain/status-labels';
import type { IndicatorAssessment, TaskStatus } from '../../../shared/domain/types';
import { ASSESSMENT_TONE, TASK_STATUS_TONE, toneStyle, type Tone } from '../lib/status-colors';
import './status-tag.css';

/** A status in its colours, shaped like antd's Tag but drawn without antd (it is on Tổng quan). */
function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <span className="tone-tag" style={toneStyle(tone)}>
      {children}
    </span>
  );
}

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  return <ToneTag tone={TASK_STATUS_TONE[status]}>{TASK_STATUS_LABEL[status]}</ToneTag>;
}

export function AssessmentTag({ assessment }: { assessment: IndicatorAssessment }) {
  return (
    <ToneTag tone={ASSESSMENT_TONE[assessment]}>{INDICATOR_ASSESSMENT_LABEL[assessment]}</ToneTag>
  );
}

/** A small round mark in a status colour, for legends and filter chips. */
export function ToneDot({ color }: { color: string }) {
  return <span className="tone-dot" style={{ background: color }} aria-hidden />;
}
