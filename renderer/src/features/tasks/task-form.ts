// A task as the edit form holds it, and the patch of what the user changed.
import type { TaskPatch } from '../../../../shared/api';
import type { Task } from '../../../../shared/domain/types';
import { refKeys, toRefs } from '../../lib/assignees';

export interface TaskFormValues {
  text: string;
  lead: string[];
  leadText: string;
  partners: string[];
  partnersText: string;
  output: string;
  deadlineText: string;
}

export const TASK_FORM_FIELDS = [
  'text',
  'lead',
  'leadText',
  'partners',
  'partnersText',
  'output',
  'deadlineText',
] as const;

export function taskFormValues(task: Task): TaskFormValues {
  return {
    text: task.text,
    lead: refKeys(task.lead),
    leadText: task.leadText,
    partners: refKeys(task.partners),
    partnersText: task.partnersText,
    output: task.output,
    deadlineText: task.deadline.text,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Only the fields that differ from the task as loaded. */
export function taskPatch(before: TaskFormValues, after: TaskFormValues): TaskPatch {
  const patch: TaskPatch = {};
  if (after.text !== before.text) patch.text = after.text;
  if (after.leadText !== before.leadText) patch.leadText = after.leadText;
  if (after.partnersText !== before.partnersText) patch.partnersText = after.partnersText;
  if (after.output !== before.output) patch.output = after.output;
  if (after.deadlineText !== before.deadlineText) patch.deadlineText = after.deadlineText;
  if (!sameList(after.lead, before.lead)) patch.lead = toRefs(after.lead);
  if (!sameList(after.partners, before.partners)) patch.partners = toRefs(after.partners);
  return patch;
}
