import { Typography } from 'antd';
import type { Assignee } from '../../../shared/domain/types';
import { useCatalogue } from '../data/catalogue-context';
import { assigneeLines } from '../lib/assignees';
import { Highlight } from './Highlight';

interface Props {
  list: readonly Assignee[];
  search: string;
  /** The agency the table is filtered by: its line is marked. */
  focusAgencyId?: number | null;
}

/** Lead or partner agencies, one per line, with the plan's old name after a merger. */
export function AssigneeCell({ list, search, focusAgencyId = null }: Props) {
  const { index } = useCatalogue();
  const lines = assigneeLines(list);
  if (lines.length === 0) return <Typography.Text type="secondary">–</Typography.Text>;
  const focused = (ids: number[]) =>
    focusAgencyId !== null && ids.some((id) => index.chain(id).includes(focusAgencyId));
  return (
    <ul className="assignee-list">
      {lines.map((l) => (
        <li
          key={l.key}
          className={[
            l.isGroup ? 'assignee-group' : '',
            focused(l.agencyIds) ? 'assignee-focus' : '',
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <Highlight text={l.name} query={search} />
          {l.former.length > 0 ? (
            <Typography.Text type="secondary" className="assignee-former">
              {' '}
              (trước: <Highlight text={l.former.join(', ')} query={search} />)
            </Typography.Text>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
