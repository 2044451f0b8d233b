import { Tabs } from 'antd';
import { PeriodPicker, usePeriodKey } from '../../components/PeriodPicker';
import { ScreenHeader } from '../../components/ScreenHeader';
import { CatalogueGate } from '../../data/CatalogueGate';
import { useIntakeWork } from './intake-work-context';
import { isDone } from './intake-matching';
import { useHashRoute } from '../../routing/use-hash-route';
import { ImportPanel } from './ImportPanel';
import { PeriodFacts } from './PeriodFacts';
import { RegisterPanel } from './RegisterPanel';
import './intake.css';

/** `#/tiep-nhan?phan=nhap`: which part of the screen is open. */
const PART_QUERY = 'phan';
const IMPORT_PART = 'nhap';

export function IntakeScreen() {
  const [period, setPeriod] = usePeriodKey();
  const { query, setQuery } = useHashRoute();
  const part = query.get(PART_QUERY) === IMPORT_PART ? IMPORT_PART : 'so';
  // Files previewed and not yet written wait on the other tab: the tab's label says so.
  const { files } = useIntakeWork();
  const waiting = files.filter((f) => f.preview?.ok === true && !isDone(f)).length;

  return (
    <>
      <ScreenHeader
        title="Tiếp nhận báo cáo"
        description={<PeriodFacts period={period} />}
        extra={<PeriodPicker value={period} onChange={setPeriod} />}
      />
      <CatalogueGate>
        <Tabs
          className="intake-tabs"
          activeKey={part}
          onChange={(key) => setQuery({ [PART_QUERY]: key === IMPORT_PART ? IMPORT_PART : null })}
          items={[
            {
              key: 'so',
              label: 'Sổ theo dõi',
              children: <RegisterPanel period={period} />,
            },
            {
              key: IMPORT_PART,
              label: waiting > 0 ? `Nhập báo cáo (${waiting} tệp chưa ghi)` : 'Nhập báo cáo',
              children: (
                <ImportPanel
                  period={period}
                  onShowRegister={() => setQuery({ [PART_QUERY]: null })}
                />
              ),
            },
          ]}
        />
      </CatalogueGate>
    </>
  );
}
