import { Alert, App, Button, Drawer, Form, type FormInstance } from 'antd';
import { Fragment, useState, type ReactNode } from 'react';
import { savePatch } from '../lib/form-errors';
import {
  DiscardScopeContext,
  useDiscardGuard,
  useTrackFormChanges,
} from '../lib/use-discard-guard';
import { useLastPresent } from '../lib/use-last-present';

/**
 * The side panel every edit form opens in: "Huỷ" drops the changes (asking first when the form
 * in `children` reports unsaved ones, see useTrackFormChanges), the primary button submits the
 * form with id `formId`.
 */
function EditDrawer(props: {
  open: boolean;
  onClose: () => void;
  title: string;
  size: number;
  formId: string;
  saving: boolean;
  submitLabel?: string;
  children: ReactNode;
}) {
  const { open, onClose, title, size, formId, saving, submitLabel, children } = props;
  const guard = useDiscardGuard(onClose, { open });
  return (
    <Drawer
      open={open}
      onClose={guard.close}
      size={size}
      destroyOnHidden
      title={title}
      footer={
        <div className="drawer-footer">
          <Button onClick={guard.close}>Huỷ</Button>
          <Button type="primary" htmlType="submit" form={formId} loading={saving}>
            {submitLabel ?? 'Lưu thay đổi'}
          </Button>
        </div>
      }
    >
      <DiscardScopeContext value={guard.scope}>{children}</DiscardScopeContext>
    </Drawer>
  );
}

/** What an item's form gets from the drawer around it. */
export interface ItemFormProps {
  saving: boolean;
  setSaving: (saving: boolean) => void;
}

/**
 * The EditDrawer of one item of a list (a task, an indicator, an agency): open while `item` is
 * set, showing the last item while it closes; a form made afresh for each item by `children`.
 */
export function ItemDrawer<T>(props: {
  item: T | null;
  onClose: () => void;
  size: number;
  title: (item: T) => string;
  keyOf: (item: T) => string | number;
  formId: string;
  submitLabel?: (item: T) => string | undefined;
  children: (item: T, form: ItemFormProps) => ReactNode;
}) {
  const { item, onClose, keyOf } = props;
  const [saving, setSaving] = useState(false);
  const shown = useLastPresent(item);
  return (
    <EditDrawer
      open={item !== null}
      onClose={onClose}
      size={props.size}
      title={shown !== null ? props.title(shown) : ''}
      formId={props.formId}
      saving={saving}
      submitLabel={shown !== null ? props.submitLabel?.(shown) : undefined}
    >
      {shown !== null ? (
        <Fragment key={keyOf(shown)}>{props.children(shown, { saving, setSaving })}</Fragment>
      ) : null}
    </EditDrawer>
  );
}

/**
 * The form of an ItemDrawer that saves what changed, submitted by the drawer's primary button:
 * `patchOf` keeps the changed fields; with none it says so and closes, otherwise it saves and
 * reports `done`, or puts the backend's messages under their fields and the rest in an alert
 * under `context`. Its unsaved changes are the drawer's to ask about.
 */
export function ItemPatchForm<V extends object, P extends object>(
  props: ItemFormProps & {
    formId: string;
    form: FormInstance<V>;
    initial: V;
    fields: readonly string[];
    patchOf: (values: V) => P;
    save: (patch: P) => Promise<unknown>;
    done: string;
    onDone: () => void;
    context?: ReactNode;
    children: ReactNode;
  },
) {
  const { form, initial, saving, setSaving } = props;
  const { message } = App.useApp();
  useTrackFormChanges(form, initial);
  const [general, setGeneral] = useState<string[]>([]);

  async function save(values: V) {
    const patch = props.patchOf(values);
    setGeneral([]);
    setGeneral(
      await savePatch({
        form,
        fields: props.fields,
        setSaving,
        message,
        patch,
        save: () => props.save(patch),
        done: props.done,
        onDone: props.onDone,
      }),
    );
  }

  return (
    <Form<V>
      id={props.formId}
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => void save(v)}
      disabled={saving}
      requiredMark={false}
    >
      {props.context}
      {general.length > 0 ? (
        <Alert className="block" type="error" showIcon title={general.join(' ')} />
      ) : null}
      {props.children}
    </Form>
  );
}
