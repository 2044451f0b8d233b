// A plan ten times the real one (750 tasks), built from the seed by repeating its groups ten times.
import type { Catalogue } from '../shared/api';
import type { Assignee } from '../shared/domain/types';
import type { Db } from '../electron/backend/db/connection';
import {
  insertTask,
  insertTaskGroup,
  type AssigneeLink,
} from '../electron/backend/db/repositories/plans';
import { toRoman } from '../shared/domain/text';

const link = (a: Assignee): AssigneeLink =>
  a.type === 'agency' ? { agencyId: a.id, groupId: null } : { agencyId: null, groupId: a.id };

export function buildPlanTimesTen(db: Db, c: Catalogue): void {
  db.transaction(() => {
    let position = c.tasks.length;
    for (let copy = 2; copy <= 10; copy++) {
      for (const g of c.groups) {
        const n = c.groups.length * (copy - 1) + g.position;
        const groupId = insertTaskGroup(db, 1, {
          code: toRoman(n),
          title: `${g.title} (phần ${copy})`,
          position: n,
        });
        for (const t of c.tasks.filter((x) => x.group === g.code)) {
          insertTask(db, 1, {
            groupId,
            // the seed's own codes are unique (VI.12 / VI.12b), so the suffix after the dot is too
            code: `${toRoman(n)}.${t.code.split('.')[1]}`,
            number: t.number,
            text: t.text,
            leadText: t.leadText,
            partnersText: t.partnersText,
            output: t.output,
            deadlineText: t.deadline.text,
            position: ++position,
            lead: t.lead.map(link),
            partners: t.partners.map(link),
          });
        }
      }
    }
  })();
}
