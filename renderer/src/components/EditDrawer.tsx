import { Button, Drawer } from 'antd';
import type { ReactNode } from 'react';

/**
 * The side panel every edit form opens in: "Huỷ" drops the changes, the primary button submits
 * the form with id `formId` (the form itself lives in `children`).
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
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={size}
      destroyOnHidden
      title={title}
      footer={
        <div className="drawer-footer">
          <Button onClick={onClose}>Huỷ</Button>
          <Button type="primary" htmlType="submit" form={formId} loading={saving}>
            {submitLabel ?? 'Lưu thay đổi'}
          </Button>
        </div>
      }
    >
      {children}
    </Drawer>
  );
}
