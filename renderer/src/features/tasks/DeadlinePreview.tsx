import { Tag } from 'antd';
import { parseDeadline } from '../../../../shared/domain/deadline';
import { readDeadline } from '../../lib/deadline-label';

const COLORS = {
  success: 'green',
  processing: 'blue',
  warning: 'gold',
  default: 'default',
  error: 'red',
} as const;

/** Live reading of a deadline as the user types it: "Hạn: 31/03/2025", "Thường xuyên"… */
export function DeadlinePreview({ text }: { text: string }) {
  const reading = readDeadline(parseDeadline(text));
  return (
    <span className="deadline-preview" aria-live="polite">
      Ứng dụng hiểu là: <Tag color={COLORS[reading.tone]}>{reading.label}</Tag>
    </span>
  );
}
