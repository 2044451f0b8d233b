import { Tabs } from 'antd';
import { useState } from 'react';
import { PeriodPicker, usePeriodKey } from '../components/PeriodPicker';
import { ScreenHeader } from '../components/ScreenHeader';
import { CatalogueGate } from '../data/CatalogueGate';
import { useHashRoute } from '../routing/use-hash-route';
import { ImportPanel } from './intake/ImportPanel';
import { PeriodFacts } from './intake/PeriodFacts';
import { RegisterPanel } from './intake/RegisterPanel';
import './intake/intake.css';

/** `#/tiep-nhan?phan=nhap`: which part of the screen is open. */
const PART_QUERY = 'phan';
const IMPORT_PART = 'nhap';

export function SubmissionsScreen() {
  const [period, setPeriod] = usePeriodKey();
  const { query, setQuery } = useHashRoute();
  const part = query.get(PART_QUERY) === IMPORT_PART ? IMPORT_PART : 'so';
  const [refresh, setRefresh] = useState(0);

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
              children: <RegisterPanel period={period} refresh={refresh} />,
            },
            {
              key: IMPORT_PART,
              label: 'Nhập báo cáo',
              children: (
                <ImportPanel
                  period={period}
                  onCommitted={() => setRefresh((n) => n + 1)}
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
