// The answer to an indicator row whose cell holds several figures ("45/100"): the clerk types the
// figure achieved (Vietnamese decimal comma), or keeps the cell's words without a figure.
import { Button, InputNumber } from 'antd';
import type { RowAnswers } from '../../../../shared/domain/import-rules';
import type { ImportRow } from '../../../../shared/domain/import-types';

export function ValueAnswer(props: {
  row: ImportRow;
  label: string;
  answer: RowAnswers[string] | undefined;
  disabled: boolean;
  onAnswer: (answer: RowAnswers[string]) => void;
}) {
  const { row, label, answer, disabled, onAnswer } = props;
  return (
    <div className="row-answer">
      <InputNumber<number>
        size="small"
        aria-label={`Số liệu dòng ${label}`}
        placeholder="Số liệu đạt được"
        decimalSeparator=","
        style={{ width: '100%' }}
        // What will be stored: the clerk's figure, else the one read (none for several figures).
        value={answer?.value !== undefined ? answer.value : row.value}
        status={answer === undefined ? 'warning' : undefined}
        disabled={disabled}
        onChange={(v) => onAnswer({ value: typeof v === 'number' ? v : null })}
      />
      {answer === undefined ? (
        <Button size="small" type="link" disabled={disabled} onClick={() => onAnswer({})}>
          Giữ như đã đọc
        </Button>
      ) : null}
      <div className="small-note">Ô ghi: {row.valueText}</div>
    </div>
  );
}
