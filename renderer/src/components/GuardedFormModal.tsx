import { Alert, Form, Modal, type FormInstance, type FormProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { applyFieldErrors, clearErrorsOnChange } from '../lib/form-errors';
import { useDiscardGuard, useFormChanges } from '../lib/use-discard-guard';

/**
 * A modal holding one form, as every small edit of a period or a plan opens: Huỷ, Esc, × and a
 * click outside ask before dropping what was typed (use-discard-guard); the primary button checks
 * the form's own rules, then saves; what the backend refuses goes under its field, the rest into
 * an alert under the form. Opening it again shows `initialValues`, not what was typed and dropped.
 */
export function GuardedFormModal<V extends object>(props: {
  form: FormInstance<V>;
  title: ReactNode;
  open: boolean;
  /** Closing without saving; asked first when the values differ from `initialValues`. */
  onClose(): void;
  /** Sends the values, then closes or moves on; throws the backend's error to have it shown. */
  onSave(values: V): Promise<void>;
  initialValues: object;
  /** The form's field names that the backend's field messages are put under. */
  fields?: readonly string[];
  /** Instead of `fields`: puts an error's messages on the form, returns the rest for the alert. */
  showErrors?(error: unknown): string[];
  okText?: string;
  cancelText?: string;
  width?: number;
  /** Shown above the form. */
  intro?: ReactNode;
  formProps?: Omit<FormProps<V>, 'form' | 'initialValues' | 'clearOnDestroy' | 'onValuesChange'>;
  children: ReactNode;
}) {
  const { form, open, onClose, onSave, initialValues } = props;
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  // The alert of a dropped attempt does not greet the next opening.
  function close() {
    setProblems([]);
    onClose();
  }
  const guard = useDiscardGuard(close, {
    open,
    isDirty: useFormChanges(form, initialValues),
  });

  async function save() {
    // A field the form refuses shows its message under the field; nothing is sent.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    setProblems([]);
    try {
      await onSave(values);
    } catch (error) {
      setProblems(
        props.showErrors
          ? props.showErrors(error)
          : applyFieldErrors(form, error, props.fields ?? []),
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      title={props.title}
      open={open}
      onCancel={guard.close}
      onOk={() => void save()}
      okText={props.okText ?? 'Lưu'}
      cancelText={props.cancelText ?? 'Huỷ'}
      cancelButtonProps={{ disabled: saving }}
      confirmLoading={saving}
      destroyOnHidden
      width={props.width ?? 560}
    >
      {props.intro}
      <Form<V>
        layout="vertical"
        requiredMark={false}
        {...props.formProps}
        form={form}
        initialValues={initialValues}
        // The backend's message leaves a field as soon as the user edits it.
        onValuesChange={clearErrorsOnChange(form)}
        clearOnDestroy
      >
        {props.children}
      </Form>
      {problems.length > 0 && <Alert type="error" showIcon title={problems.join(' ')} />}
    </Modal>
  );
}
