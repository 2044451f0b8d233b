import { Alert, App, Button, Card, Modal, Segmented, Skeleton, Tabs } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { PeriodStatus, SignedReport } from '../../../../shared/api';
import { formatVnDate } from '../../../../shared/domain/text';
import { errorMessage } from '../../api/api-error';
import { useApiMutation, useApiQuery, type Loaded } from '../../api/queries';
import { PeriodPicker, usePeriodKey } from '../../components/PeriodPicker';
import { ScreenHeader } from '../../components/ScreenHeader';
import { CatalogueGate } from '../../data/CatalogueGate';
import { isReportTab, RQ, type ReportTab } from '../../lib/report-links';
import { narrativeChanged, narrativeFromTexts, narrativeTexts } from './report-narrative';
import { confirmLeave } from '../../lib/use-discard-guard';
import { useHashRoute } from '../../routing/use-hash-route';
import { ExportTab } from './ExportTab';
import { IndicatorsTab } from './IndicatorsTab';
import { NarrativeTab } from './NarrativeTab';
import { TasksTab } from './TasksTab';
import './reports.css';

const ROUTE = 'bao-cao-tong-hop';
/** `so-lieu=ban-da-ky`: the tasks and indicators tabs show the signed report's figures. */
const FIGURES_QUERY = 'so-lieu';
const SIGNED_FIGURES = 'ban-da-ky';

function signedName(r: SignedReport['report']): string {
  return `bản đã ký số ${r.number ?? '…'}${r.date ? `, ngày ${formatVnDate(r.date)}` : ''}`;
}

/** Current figures, or the signed report's as they were when it was signed. */
function FiguresSwitch(props: {
  signed: SignedReport;
  showSigned: boolean;
  onChange: (signed: boolean) => void;
}) {
  const name = signedName(props.signed.report);
  return (
    <div className="block figures-switch">
      <Segmented
        aria-label="Số liệu đang xem"
        value={props.showSigned ? SIGNED_FIGURES : 'hien-tai'}
        onChange={(v) => props.onChange(v === SIGNED_FIGURES)}
        options={[
          { value: 'hien-tai', label: 'Số liệu hiện tại' },
          { value: SIGNED_FIGURES, label: `Số liệu ${name}` },
        ]}
      />
      {props.showSigned ? (
        <Alert
          className="block"
          type="info"
          showIcon
          title={`Đang xem số liệu của ${name}: giữ nguyên như khi ký, các báo cáo nhận sau không làm thay đổi.`}
        />
      ) : null}
    </div>
  );
}

const TAB_LABEL: Record<ReportTab, string> = {
  'nhiem-vu': 'Nhiệm vụ',
  'chi-tieu': 'Chỉ tiêu',
  'noi-dung': 'Nội dung báo cáo',
  'xuat-van-ban': 'Xuất văn bản',
};

export function ReportsScreen() {
  return (
    <CatalogueGate>
      <ReportsWorkspace />
    </CatalogueGate>
  );
}

function Pending<T>(props: {
  loaded: Pick<Loaded<T>, 'value' | 'error' | 'reload'>;
  what: string;
  children: (value: T) => ReactNode;
}) {
  const { value, error, reload } = props.loaded;
  if (value !== undefined) return <>{props.children(value)}</>;
  if (error !== null)
    return (
      <Alert
        type="error"
        showIcon
        title={`Không tải được ${props.what}`}
        description={error}
        action={<Button onClick={reload}>Thử lại</Button>}
      />
    );
  return <Skeleton active paragraph={{ rows: 8 }} />;
}

/** Two results shown together: ready when both are, failed when either failed. */
function both<A, B>(
  a: Loaded<A>,
  b: Loaded<B>,
): Pick<Loaded<readonly [A, B]>, 'value' | 'error' | 'reload'> {
  return {
    value: a.value !== undefined && b.value !== undefined ? [a.value, b.value] : undefined,
    error: a.error ?? b.error,
    reload: () => {
      a.reload();
      b.reload();
    },
  };
}

function ReportsWorkspace() {
  const { message, modal } = App.useApp();
  const [period, setPeriod] = usePeriodKey();
  const { query, setQuery } = useHashRoute();
  const rawTab = query.get(RQ.tab);
  const tab: ReportTab = isReportTab(rawTab) ? rawTab : 'nhiem-vu';
  const status = useApiQuery('status.get', { period });
  const workspace = useApiQuery('reports.get', { period });
  // Up to a megabyte drafted on a large plan: asked for only while its tab is open.
  const narrative = useApiQuery('reports.narrative', tab === 'noi-dung' ? { period } : null);
  const ws = workspace.value ?? null;
  const drafted = narrative.value ?? null;
  const signed = ws?.signed?.figures ? ws.signed : null;
  const showSigned = signed !== null && query.get(FIGURES_QUERY) === SIGNED_FIGURES;
  const figures: Pick<Loaded<PeriodStatus>, 'value' | 'error' | 'reload'> = showSigned &&
  signed.figures
    ? { value: signed.figures, error: null, reload: status.reload }
    : status;
  const figuresSwitch = signed ? (
    <FiguresSwitch
      signed={signed}
      showSigned={showSigned}
      onChange={(v) => setQuery({ [FIGURES_QUERY]: v ? SIGNED_FIGURES : null })}
    />
  ) : null;

  // What the user typed in the narrative boxes, for the period it was typed for.
  const [edit, setEdit] = useState<{ period: string; texts: string[] } | null>(null);
  const texts = edit !== null && edit.period === period ? edit.texts : null;
  const dirty = drafted !== null && narrativeChanged(drafted.narrative, texts);
  const saveNarrative = useApiMutation('reports.saveNarrative');
  const redraftNarrative = useApiMutation('reports.redraft');
  const saving = saveNarrative.pending;
  const redrafting = redraftNarrative.pending;
  const [pending, setPending] = useState<{ run: () => void } | null>(null);
  const leaving = useRef(false);

  async function save(): Promise<boolean> {
    if (!drafted) return false;
    try {
      const sections = drafted.narrative;
      const narrative = narrativeFromTexts(sections, texts ?? narrativeTexts(sections));
      // Resolves once the narrative and the report's history shown are loaded again.
      await saveNarrative.run({ period, narrative });
      setEdit(null);
      message.success('Đã lưu nội dung báo cáo');
      return true;
    } catch (error) {
      message.error(errorMessage(error));
      return false;
    }
  }

  function redraft() {
    modal.confirm({
      title: 'Soạn lại nội dung từ dữ liệu?',
      content:
        'Toàn bộ nội dung hiện tại, kể cả những chỗ đã sửa, sẽ được thay bằng bản soạn mới từ báo cáo của các đơn vị. Không thể hoàn tác.',
      okText: 'Soạn lại',
      okButtonProps: { danger: true },
      cancelText: 'Giữ nội dung hiện tại',
      onOk: async () => {
        try {
          await redraftNarrative.run({ period });
          setEdit(null);
          message.success('Đã soạn lại nội dung từ dữ liệu của kỳ');
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });
  }

  /**
   * Runs `action` now, or after the user decides what to do with unsaved narrative edits (or with
   * the other forms of the tab, see use-discard-guard).
   */
  function guard(action: () => void) {
    if (dirty) setPending({ run: action });
    else confirmLeave(action);
  }

  function proceed() {
    const next = pending;
    setPending(null);
    leaving.current = true;
    next?.run();
    window.setTimeout(() => {
      leaving.current = false;
    }, 500);
  }

  // The address of this screen as last rendered, to come back to when leaving is put on hold.
  const here = useRef('');
  useEffect(() => {
    here.current = window.location.hash;
  });

  // Unsaved edits: warn before the window closes, and before the menu or the Back button leads
  // to another screen. Chromium fires `popstate` before `hashchange`, the event the router
  // follows; putting the old address back then keeps the screen while the user decides.
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    const onPop = () => {
      if (leaving.current) return;
      const target = window.location.hash;
      if (target.replace(/^#\/?/, '').split('?')[0] === ROUTE) return;
      window.history.replaceState(window.history.state, '', here.current);
      setPending({
        run: () => {
          window.location.hash = target;
        },
      });
    };
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      window.removeEventListener('popstate', onPop);
    };
  }, [dirty]);

  const periodLabel = ws?.period.label ?? status.value?.period.label ?? '';

  const items = (Object.keys(TAB_LABEL) as ReportTab[]).map((key) => ({
    key,
    label: key === 'noi-dung' && dirty ? `${TAB_LABEL[key]} •` : TAB_LABEL[key],
    children: (() => {
      switch (key) {
        case 'nhiem-vu':
          return (
            <>
              {figuresSwitch}
              <Pending loaded={figures} what="tình trạng nhiệm vụ">
                {(s) => (
                  <TasksTab
                    rows={s.tasks}
                    source={
                      showSigned
                        ? { period: s.period.key, reportId: signed.report.id }
                        : { period: s.period.key }
                    }
                    query={query}
                    setQuery={setQuery}
                  />
                )}
              </Pending>
            </>
          );
        case 'chi-tieu':
          return (
            <>
              {figuresSwitch}
              <Pending loaded={figures} what="tình trạng chỉ tiêu">
                {(s) => (
                  <IndicatorsTab
                    period={period}
                    rows={s.indicators}
                    query={query}
                    setQuery={setQuery}
                    readOnly={showSigned}
                  />
                )}
              </Pending>
            </>
          );
        case 'noi-dung':
          return (
            <Pending loaded={both(workspace, narrative)} what="nội dung báo cáo">
              {([w, n]) => (
                <NarrativeTab
                  workspace={w}
                  narrative={n}
                  texts={texts}
                  onChange={(t) => setEdit({ period, texts: t })}
                  dirty={dirty}
                  saving={saving}
                  onSave={() => void save()}
                  onRedraft={redraft}
                  redrafting={redrafting}
                />
              )}
            </Pending>
          );
        case 'xuat-van-ban':
          return (
            <Pending loaded={workspace} what="lịch sử báo cáo">
              {(w) => (
                <ExportTab
                  period={period}
                  periodLabel={periodLabel}
                  workspace={w}
                  register={status.value?.register ?? null}
                />
              )}
            </Pending>
          );
      }
    })(),
  }));

  return (
    <>
      <ScreenHeader
        title="Báo cáo tổng hợp"
        description="Tình trạng thực hiện nhiệm vụ, chỉ tiêu của kỳ; soạn nội dung và xuất báo cáo theo Nghị định 30/2020/NĐ-CP."
        extra={<PeriodPicker value={period} onChange={(k) => guard(() => setPeriod(k))} />}
      />
      <Card>
        <Tabs
          activeKey={tab}
          destroyOnHidden
          items={items}
          onChange={(key) => guard(() => setQuery({ [RQ.tab]: key, [RQ.search]: null }))}
        />
      </Card>
      <Modal
        open={pending !== null}
        title="Nội dung báo cáo chưa được lưu"
        onCancel={() => setPending(null)}
        footer={[
          <Button key="stay" onClick={() => setPending(null)}>
            Ở lại chỉnh sửa
          </Button>,
          <Button
            key="discard"
            danger
            onClick={() => {
              setEdit(null);
              proceed();
            }}
          >
            Bỏ thay đổi
          </Button>,
          <Button
            key="save"
            type="primary"
            loading={saving}
            onClick={() => {
              void save().then((ok) => {
                if (ok) proceed();
              });
            }}
          >
            Lưu rồi chuyển
          </Button>,
        ]}
      >
        Phần nội dung báo cáo đã được sửa nhưng chưa lưu. Nếu chuyển đi mà không lưu, các thay đổi
        sẽ mất.
      </Modal>
    </>
  );
}
