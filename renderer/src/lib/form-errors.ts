// Puts the backend's per-field VALIDATION messages next to the matching form fields.
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/** `patch.text` → `text`, `agency.aliases.0` → `aliases`, `plan.number` → `number`. */
function formFieldOf(field: string): string {
  const parts = field.split('.').filter((p) => p !== 'patch' && p !== 'agency' && p !== 'plan');
  return parts[0] ?? field;
}

/**
 * Shows each field message under its field and scrolls to the first one. Returns the messages
 * that belong to no field of the form, for a general alert (and the error's own message when it
 * has no field details at all, e.g. the app's server cannot be reached).
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  formFields: readonly string[],
): string[] {
  if (!(error instanceof ApiError) || error.fields.length === 0) {
    return [error instanceof ApiError ? error.message : String(error)];
  }
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const f of error.fields) {
    const name = formFieldOf(f.field);
    if (formFields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), f.message]);
    else rest.push(f.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  const first = formFields.find((f) => byField.has(f));
  if (first) form.scrollToField(first, { block: 'center', behavior: 'smooth' });
  return rest;
}

/**
 * Runs a form's save: `saving` is on meanwhile; on failure each field message goes next to its
 * field and the rest is shown through `notify` (the screen's App.useApp().message.error) and
 * returned, for the form's general alert.
 */
export async function saveWithFieldErrors(
  form: FormInstance,
  formFields: readonly string[],
  setSaving: (saving: boolean) => void,
  action: () => Promise<void>,
  notify: (text: string) => void,
): Promise<string[]> {
  setSaving(true);
  try {
    await action();
    return [];
  } catch (error) {
    const rest = applyFieldErrors(form, error, formFields);
    if (rest.length > 0) notify(rest.join(' '));
    return rest;
  } finally {
    setSaving(false);
  }
}

/**
 * An `onValuesChange` that takes the backend's message off a field as soon as the user edits it
 * (fields without client rules would otherwise keep a stale error until the next save).
 */
export function clearErrorsOnChange(form: FormInstance) {
  return (changed: Record<string, unknown>) =>
    form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
}

/** What a save reports to the user (App.useApp().message). */
export interface SaveMessages {
  info(text: string): unknown;
  success(text: string): unknown;
  error(text: string): unknown;
}

/** Said when Lưu is pressed on a form whose values are the saved ones. */
export const NO_CHANGES_MESSAGE = 'Không có thay đổi nào để lưu.';

/**
 * A drawer's save of a patch: with nothing changed it says so and closes; otherwise it saves,
 * reports `done` and closes, or puts the errors next to their fields (returns the rest).
 */
export async function savePatch(o: {
  form: FormInstance;
  fields: readonly string[];
  setSaving: (saving: boolean) => void;
  message: SaveMessages;
  patch: object;
  save: () => Promise<unknown>;
  done: string;
  onDone: () => void;
}): Promise<string[]> {
  if (Object.keys(o.patch).length === 0) {
    o.message.info(NO_CHANGES_MESSAGE);
    o.onDone();
    return [];
  }
  return saveWithFieldErrors(
    o.form,
    o.fields,
    o.setSaving,
    async () => {
      await o.save();
      o.message.success(o.done);
      o.onDone();
    },
    (text) => o.message.error(text),
  );
}
