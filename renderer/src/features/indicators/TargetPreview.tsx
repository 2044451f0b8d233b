import { Tag } from 'antd';
import { parseTarget } from '../../../../shared/domain/target';
import { describeTarget, targetTag } from '../../lib/target-label';

/** Live reading of a target as the user types it. */
export function TargetPreview({ text }: { text: string }) {
  const target = parseTarget(text);
  const tag = targetTag(target);
  return (
    <span aria-live="polite">
      Ứng dụng hiểu là: {tag ? <Tag color="blue">{tag}</Tag> : null}
      {describeTarget(target)}
    </span>
  );
}
