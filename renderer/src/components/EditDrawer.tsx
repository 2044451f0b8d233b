import { Button, Drawer } from 'antd';
import type { ReactNode } from 'react';
import { DiscardScopeContext, useDiscardGuard } from '../lib/use-discard-guard';

/**
 * The side panel every edit form opens in: "Huỷ" drops the changes (asking first when the form
 * in `children` reports unsaved ones, see useTrackFormChanges), the primary button submits the
 * form with id `formId`.
 */
export function EditDrawer(props: {
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
