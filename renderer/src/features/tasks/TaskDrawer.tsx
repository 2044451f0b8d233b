import { Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TaskPatch } from '../../../../shared/api';
import type { Task } from '../../../../shared/domain/types';
import { useCatalogue } from '../../data/catalogue-context';
import { mergedNote } from './merged-note';
import { TASK_FORM_FIELDS, taskFormValues, taskPatch, type TaskFormValues } from './task-form';
import { AssigneeSelect } from './AssigneeSelect';
import { ItemDrawer, ItemPatchForm, type ItemFormProps } from '../../components/EditDrawer';
import { DeadlinePreview } from './DeadlinePreview';

const FORM_ID = 'task-form';

/** Edits one task; nothing is saved until "Lưu thay đổi"; "Huỷ" drops the changes, asking first. */
export function TaskDrawer({ task, onClose }: { task: Task | null; onClose: () => void }) {
  return (
    <ItemDrawer
      item={task}
      onClose={onClose}
      size={720}
      title={(t) => `Nhiệm vụ ${t.code}`}
      keyOf={(t) => t.id}
      formId={FORM_ID}
    >
      {(t, form) => <TaskForm task={t} onDone={onClose} {...form} />}
    </ItemDrawer>
  );
}

interface FormProps extends ItemFormProps {
  task: Task;
  onDone: () => void;
}

function TaskForm({ task, onDone, ...form }: FormProps) {
  const { updateTask, index } = useCatalogue();
  const [instance] = Form.useForm<TaskFormValues>();
  const [initial] = useState(() => taskFormValues(task));
  const deadlineText = Form.useWatch('deadlineText', instance) ?? initial.deadlineText;
  const lead = Form.useWatch('lead', instance) ?? initial.lead;
  const partners = Form.useWatch('partners', instance) ?? initial.partners;
  const leadNote = mergedNote(lead, index);
  const partnersNote = mergedNote(partners, index);
  const group = index.groupByCode.get(task.group);

  return (
    <ItemPatchForm<TaskFormValues, TaskPatch>
      {...form}
      formId={FORM_ID}
      form={instance}
      initial={initial}
      fields={TASK_FORM_FIELDS}
      patchOf={(values) => taskPatch(initial, { ...initial, ...values })}
      save={(patch) => updateTask(task.id, patch)}
      done={`Đã lưu nhiệm vụ ${task.code}`}
      onDone={onDone}
      context={
        group ? (
          <Typography.Paragraph type="secondary" className="drawer-context">
            <Tag>Nhóm {group.code}</Tag>
            {group.title}
          </Typography.Paragraph>
        ) : null
      }
    >
      <Form.Item name="text" label="Nội dung nhiệm vụ">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
      <div className="form-pair">
        <Form.Item name="lead" label="Cơ quan chủ trì" extra={leadNote || undefined}>
          <AssigneeSelect placeholder="Chọn đơn vị hoặc nhóm cơ quan" />
        </Form.Item>
        <Form.Item
          name="leadText"
          label="Ghi trong kế hoạch (chủ trì)"
          extra="Nguyên văn cột “Cơ quan chủ trì” của kế hoạch, để đối chiếu."
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} className="verbatim" />
        </Form.Item>
      </div>
      <div className="form-pair">
        <Form.Item name="partners" label="Cơ quan phối hợp" extra={partnersNote || undefined}>
          <AssigneeSelect placeholder="Không có cơ quan phối hợp" />
        </Form.Item>
        <Form.Item
          name="partnersText"
          label="Ghi trong kế hoạch (phối hợp)"
          extra="Nguyên văn cột “Cơ quan phối hợp” của kế hoạch."
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} className="verbatim" />
        </Form.Item>
      </div>
      <Form.Item name="output" label="Kết quả, sản phẩm">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item
        name="deadlineText"
        label="Thời gian hoàn thành"
        extra={
          <Space orientation="vertical" size={2}>
            <DeadlinePreview text={deadlineText} />
            <span>Ví dụ: 3/2025, 2026, 2026 – 2030, Thường xuyên, Hàng năm, Sau khi …</span>
          </Space>
        }
      >
        <Input />
      </Form.Item>
    </ItemPatchForm>
  );
}
