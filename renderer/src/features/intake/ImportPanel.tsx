import { CloudUploadOutlined, DeleteOutlined, EyeOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Table, Typography, Upload } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { CommitResult } from '../../../../shared/domain/import-types';
import { api } from '../../api/client';
import { ApiError, errorMessage } from '../../api/api-error';
import { useCatalogue } from '../../data/catalogue-context';
import { useIntakeWork } from './intake-work-context';
import { agencySearchText } from '../../lib/agency-labels';
import type { PickOption } from '../../lib/agency-options';
import { MAX_FILE_BYTES } from '../../../../shared/domain/limits';
import { batchBySize, formatSize, readAsBase64 } from '../../lib/file-bytes';
import {
  blockers,
  commitDecision,
  isCommittable,
  isDone,
  newIntakeFile,
  pendingRows,
  writeOrder,
  planRows,
  type IntakeFile,
} from './intake-matching';
import { FileCard } from './FileCard';

/** Total bytes per preview request (base64 adds a third; the server takes 300 MB). */
const BATCH_BYTES = 40 * 1024 * 1024;

let uidCounter = 0;
function nextUid(): string {
  uidCounter += 1;
  return `tep-${Date.now()}-${uidCounter}`;
}

function failed(file: IntakeFile, message: string): CommitResult {
  return {
    fileId: file.preview?.fileId ?? '',
    file: file.name,
    ok: false,
    unchanged: false,
    message,
    submission: null,
  };
}

/** Nhập báo cáo: drop files, preview what each holds, confirm the matches, write them. */
export function ImportPanel(props: { period: string; onShowRegister: () => void }) {
  const { period, onShowRegister } = props;
  const { catalogue, index } = useCatalogue();
  const { message } = App.useApp();
  // Held above the screens: switching screens keeps the files and the clerk's choices.
  const { files, setFiles, blobs } = useIntakeWork();
  const [reading, setReading] = useState(false);
  const [committing, setCommitting] = useState(false);
  const plan = useMemo(() => planRows(catalogue, index.plan?.id ?? null), [catalogue, index.plan]);
  const agencyOptions: PickOption[] = useMemo(
    () =>
      index.activeAgencies.map((a) => ({
        value: a.id,
        label: a.name,
        search: agencySearchText(a),
      })),
    [index.activeAgencies],
  );

  const patch = (uid: string, p: Partial<IntakeFile>) =>
    setFiles((list) => list.map((f) => (f.uid === uid ? { ...f, ...p } : f)));

  const staged = files.filter((f) => f.preview === null && f.localError === null);
  const committable = files.filter((f) => isCommittable(f) && blockers(f, files).length === 0);
  const blocked = files.filter((f) => isCommittable(f) && blockers(f, files).length > 0);
  const doneCount = files.filter(isDone).length;
  const unreadable = files.filter((f) => f.localError || (f.preview && !f.preview.ok)).length;
  // Exactly what the backend will refuse: rows still open after "Chấp nhận gợi ý".
  const pendingTotal = committable.reduce((n, f) => n + pendingRows(f).length, 0);
  const unsaved = files.some((f) => f.preview?.ok === true && !isDone(f));
  useEffect(() => {
    // A reload or closing the window would lose the clerk's choices: the browser asks first, and
    // in the desktop app the shell does (electron/unsaved-close.ts).
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  /** The change list against the previous version follows the clerk's picks at once. */
  async function refreshDiff(f: IntakeFile) {
    const p = f.preview;
    if (!p?.previous || !f.previewId) return;
    try {
      const { diff } = await api('imports.diff', {
        previewId: f.previewId,
        fileId: p.fileId,
        matches: f.matches,
        answers: f.answers,
      });
      setFiles((list) =>
        list.map((x) =>
          x.uid === f.uid && x.preview?.fileId === p.fileId
            ? { ...x, preview: { ...x.preview, diff } }
            : x,
        ),
      );
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  function addFile(file: File) {
    const uid = nextUid();
    blobs.set(uid, file);
    setFiles((list) => [...list, newIntakeFile(uid, file.name, file.size)]);
  }

  function remove(uid: string) {
    blobs.delete(uid);
    setFiles((list) => list.filter((f) => f.uid !== uid));
  }

  async function previewStaged() {
    const todo = staged.filter((f) => !f.busy);
    if (todo.length === 0) return;
    setReading(true);
    setFiles((list) =>
      list.map((f) => (todo.some((t) => t.uid === f.uid) ? { ...f, busy: true } : f)),
    );
    try {
      const readable: { uid: string; name: string; size: number; data: string }[] = [];
      for (const f of todo) {
        const blob = blobs.get(f.uid);
        if (!blob) continue;
        if (blob.size > MAX_FILE_BYTES) {
          patch(f.uid, {
            busy: false,
            localError: `Tệp lớn ${formatSize(blob.size)}, vượt quá giới hạn ${formatSize(MAX_FILE_BYTES)}. Báo cáo thường chỉ vài trăm KB: hãy xoá các trang tính, hình ảnh không cần thiết rồi lưu lại.`,
          });
          continue;
        }
        try {
          readable.push({
            uid: f.uid,
            name: f.name,
            size: blob.size,
            data: await readAsBase64(blob),
          });
        } catch {
          patch(f.uid, {
            busy: false,
            localError:
              'Máy tính không cho đọc tệp này (có thể tệp đang mở trong Excel hoặc đã bị di chuyển). Hãy đóng tệp rồi chọn lại.',
          });
        }
      }
      for (const batch of batchBySize(readable, BATCH_BYTES)) {
        try {
          const result = await api('imports.preview', {
            files: batch.map((b) => ({ name: b.name, data: b.data })),
            period,
          });
          setFiles((list) =>
            list.map((f) => {
              const at = batch.findIndex((b) => b.uid === f.uid);
              const preview = at >= 0 ? result.files[at] : undefined;
              if (at < 0) return f;
              if (!preview)
                return { ...f, busy: false, localError: 'Không nhận được kết quả đọc tệp.' };
              return { ...f, busy: false, data: batch[at]!.data, previewId: result.id, preview };
            }),
          );
        } catch (error) {
          const text = errorMessage(error);
          setFiles((list) =>
            list.map((f) =>
              batch.some((b) => b.uid === f.uid) ? { ...f, busy: false, localError: text } : f,
            ),
          );
        }
      }
      for (const f of todo) blobs.delete(f.uid);
    } finally {
      setReading(false);
    }
  }

  /** Reads one file again with the agency/period the user chose, to refresh the comparison. */
  async function reread(file: IntakeFile, hints: { agencyId: number | null; period: string }) {
    if (!file.data) return;
    patch(file.uid, { busy: true });
    try {
      const result = await api('imports.preview', {
        files: [{ name: file.name, data: file.data }],
        period: hints.period,
        ...(hints.agencyId !== null ? { agencyId: hints.agencyId } : {}),
      });
      const preview = result.files[0];
      if (!preview) throw new Error('no preview');
      const keys = new Set(preview.rows.map((r) => r.key));
      setFiles((list) =>
        list.map((f) =>
          f.uid === file.uid
            ? {
                ...f,
                busy: false,
                previewId: result.id,
                preview,
                result: null,
                matches: Object.fromEntries(Object.entries(f.matches).filter(([k]) => keys.has(k))),
              }
            : f,
        ),
      );
    } catch (error) {
      patch(file.uid, { busy: false });
      message.error(errorMessage(error));
    }
  }

  async function commitAll() {
    const todo = writeOrder(committable);
    if (todo.length === 0) return;
    setCommitting(true);
    const uids = new Set(todo.map((f) => f.uid));
    setFiles((list) => list.map((f) => (uids.has(f.uid) ? { ...f, busy: true } : f)));
    const results = new Map<string, CommitResult>();
    const groups = new Map<string, IntakeFile[]>();
    for (const f of todo) groups.set(f.previewId!, [...(groups.get(f.previewId!) ?? []), f]);
    for (const [previewId, group] of groups) {
      try {
        const res = await api('imports.commit', {
          previewId,
          files: group.map(commitDecision),
        });
        for (const f of group) {
          const r = res.files.find((x) => x.fileId === f.preview!.fileId);
          results.set(f.uid, r ?? failed(f, 'Không nhận được kết quả ghi tệp này.'));
        }
      } catch (error) {
        const expired = error instanceof ApiError && error.code === 'NOT_FOUND';
        const text = expired
          ? `${errorMessage(error)} Bấm “Đọc lại tệp” ở tệp này.`
          : errorMessage(error);
        for (const f of group) results.set(f.uid, failed(f, text));
      }
    }
    setFiles((list) =>
      list.map((f) =>
        uids.has(f.uid) ? { ...f, busy: false, result: results.get(f.uid) ?? null } : f,
      ),
    );
    setCommitting(false);
    const all = [...results.values()];
    const written = all.filter((r) => r.ok && !r.unchanged).length;
    const unchanged = all.filter((r) => r.ok && r.unchanged).length;
    const refused = all.filter((r) => !r.ok).length;
    const parts = [
      written > 0 ? `Đã ghi ${written} tệp` : null,
      unchanged > 0 ? `${unchanged} tệp không có gì thay đổi` : null,
      refused > 0 ? `${refused} tệp chưa ghi được (xem lý do ở từng tệp)` : null,
    ].filter(Boolean);
    const text = `${parts.join('; ')}.`;
    if (refused > 0) message.warning(text);
    else message.success(text);
  }

  return (
    <>
      <Card className="block">
        <Upload.Dragger
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            addFile(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">Kéo thả các tệp báo cáo vào đây, hoặc bấm để chọn tệp</p>
          <p className="ant-upload-hint">
            Chọn được nhiều tệp một lần: biểu mẫu của Sở đã điền, hoặc bảng tính riêng của đơn vị
            (.xlsx, .xlsm, .xls, .ods). Các tệp chỉ được ghi khi bạn bấm “Ghi vào cơ sở dữ liệu”.
          </p>
        </Upload.Dragger>
        {staged.length > 0 ? (
          <div className="staged">
            <Table<IntakeFile>
              size="small"
              rowKey="uid"
              pagination={false}
              dataSource={staged}
              columns={[
                { title: `Tệp đã chọn (${staged.length})`, dataIndex: 'name' },
                { title: 'Dung lượng', width: 120, render: (_, f) => formatSize(f.size) },
                {
                  title: '',
                  width: 70,
                  render: (_, f) => (
                    <Button
                      type="link"
                      size="small"
                      aria-label={`Bỏ ${f.name}`}
                      onClick={() => remove(f.uid)}
                    >
                      Bỏ
                    </Button>
                  ),
                },
              ]}
            />
            <Space className="staged-actions">
              <Button
                type="primary"
                icon={<EyeOutlined />}
                loading={reading}
                onClick={() => void previewStaged()}
              >
                Xem trước {staged.length} tệp
              </Button>
              <Typography.Text type="secondary">
                Tệp không ghi rõ kỳ báo cáo sẽ được xếp vào kỳ đang chọn ở trên.
              </Typography.Text>
            </Space>
          </div>
        ) : null}
      </Card>

      {files.some((f) => f.preview !== null || f.localError !== null) ? (
        <div className="commit-bar" role="region" aria-label="Ghi các tệp">
          <div className="commit-summary">
            <strong>{files.length} tệp</strong>
            <span>
              {[
                committable.length > 0 ? `${committable.length} tệp sẵn sàng ghi` : '',
                blocked.length > 0 ? `${blocked.length} tệp cần xử lý trước khi ghi` : '',
                doneCount > 0 ? `${doneCount} tệp đã ghi` : '',
                unreadable > 0 ? `${unreadable} tệp không đọc được` : '',
              ]
                .filter(Boolean)
                .join(', ')}
            </span>
            {pendingTotal > 0 ? (
              <Typography.Text type="warning">
                Còn {pendingTotal} dòng cần xác nhận — các tệp đó sẽ chưa được ghi.
              </Typography.Text>
            ) : null}
            {blocked.map((f) => (
              <Typography.Text key={f.uid} type="warning">
                {f.name}: cần {blockers(f, files).join(', ')}.
              </Typography.Text>
            ))}
          </div>
          <Space wrap>
            {doneCount > 0 ? (
              <>
                <Button onClick={onShowRegister}>Xem sổ theo dõi</Button>
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => setFiles((list) => list.filter((f) => !isDone(f)))}
                >
                  Xoá các tệp đã ghi
                </Button>
              </>
            ) : null}
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              disabled={committable.length === 0}
              loading={committing}
              onClick={() => void commitAll()}
            >
              Ghi vào cơ sở dữ liệu{committable.length > 0 ? ` (${committable.length} tệp)` : ''}
            </Button>
          </Space>
        </div>
      ) : null}

      {files.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title="Cách nhập báo cáo"
          description={
            <ol className="steps">
              <li>Chọn kỳ báo cáo ở trên, rồi kéo thả các tệp đơn vị gửi về.</li>
              <li>
                Bấm “Xem trước”: mỗi tệp hiện đơn vị, kỳ, các dòng khớp với nhiệm vụ/chỉ tiêu nào và
                độ tin cậy.
              </li>
              <li>Chọn lại các dòng tô vàng (chưa chắc chắn) hoặc chấp nhận gợi ý.</li>
              <li>
                Bấm “Ghi vào cơ sở dữ liệu”. Mỗi tệp được ghi trọn vẹn hoặc không ghi gì; tệp gửi
                lại trở thành phiên bản mới.
              </li>
            </ol>
          }
        />
      ) : null}

      {files
        .filter((f) => f.preview !== null || f.localError !== null)
        .map((f) => (
          <FileCard
            key={f.uid}
            file={f}
            plan={plan}
            agencyOptions={agencyOptions}
            selectedPeriod={period}
            batch={files}
            onPatch={(p) => {
              patch(f.uid, p);
              if (p.matches || p.answers) void refreshDiff({ ...f, ...p });
            }}
            onReread={(hints) => void reread(f, hints)}
            onRemove={() => remove(f.uid)}
          />
        ))}
    </>
  );
}
