// What a form is built from, and no more: the input crosses to a worker thread by structured
// clone once per agency, and a whole Task (assignees, parsed deadline, output …) made that copy
// 650 KB per form on the large province, a third of the forms job's time on the main thread.
import type {
  Agency,
  Deadline,
  DocumentSettings,
  Indicator,
  IsoDate,
  Period,
  Plan,
  Target,
  Task,
  TaskGroup,
} from '../../../shared/domain/types';

export type FormTask = Pick<Task, 'id' | 'group' | 'code' | 'number' | 'text' | 'position'> & {
  deadline: Pick<Deadline, 'text'>;
};

export type FormIndicator = Pick<
  Indicator,
  'id' | 'code' | 'parent' | 'horizon' | 'text' | 'unit' | 'position'
> & { target: Pick<Target, 'text'> | null };

export interface FormInput {
  plan: Plan;
  period: Period;
  agency: Pick<Agency, 'id' | 'name'>;
  tasks: { task: FormTask; role: 'lead' | 'partner' }[];
  indicators: FormIndicator[];
  settings: Pick<DocumentSettings, 'agency' | 'parentAgency' | 'contactPerson' | 'contactPhone'>;
  generatedOn: IsoDate;
  /** Titles for the group rows (I, II …); without them a group row reads "Nhóm nhiệm vụ I". */
  groups?: Pick<TaskGroup, 'code' | 'title'>[];
}

/** The input with only the fields the form shows, ready to be sent to a worker. */
export function formInput(input: FormInput): FormInput {
  const { plan, period, agency, settings } = input;
  return {
    plan: {
      id: plan.id,
      key: plan.key,
      number: plan.number,
      symbol: plan.symbol,
      issuer: plan.issuer,
      issuedOn: plan.issuedOn,
      title: plan.title,
    },
    period,
    agency: { id: agency.id, name: agency.name },
    tasks: input.tasks.map(({ task: t, role }) => ({
      role,
      task: {
        id: t.id,
        group: t.group,
        code: t.code,
        number: t.number,
        text: t.text,
        position: t.position,
        deadline: { text: t.deadline.text },
      },
    })),
    indicators: input.indicators.map((x) => ({
      id: x.id,
      code: x.code,
      parent: x.parent,
      horizon: x.horizon,
      text: x.text,
      unit: x.unit,
      position: x.position,
      target: x.target ? { text: x.target.text } : null,
    })),
    settings: {
      agency: settings.agency,
      parentAgency: settings.parentAgency,
      ...(settings.contactPerson !== undefined ? { contactPerson: settings.contactPerson } : {}),
      ...(settings.contactPhone !== undefined ? { contactPhone: settings.contactPhone } : {}),
    },
    generatedOn: input.generatedOn,
    ...(input.groups
      ? { groups: input.groups.map((g) => ({ code: g.code, title: g.title })) }
      : {}),
  };
}
