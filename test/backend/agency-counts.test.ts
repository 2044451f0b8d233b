// One rule for who leads what: the dashboard's tasks per lead agency are the tasks the agency's
// form lists as "chủ trì", and every agency the dashboard counts is on the period's register.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import { buildIndex } from '../../renderer/src/lib/catalogue-index';
import { countByLeadAgency } from '../../renderer/src/lib/status-filter';
import { memoryBackend } from './helpers';

const PERIOD = '2025-Q3';

/** Tasks the agency's generated form lists with the role "Chủ trì". */
async function leadRowsInForm(data: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data, 'base64') as unknown as ArrayBuffer);
  let n = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) => {
      if (row.values && (row.values as unknown[]).some((v) => v === 'Chủ trì')) n++;
    }),
  );
  return n;
}

describe('tasks per lead agency', () => {
  it('are the same on the dashboard, in the forms and on the register', async () => {
    const app = memoryBackend();
    const catalogue = await call(app.dispatch, 'catalogue.get', {});
    const status = await call(app.dispatch, 'status.get', { period: PERIOD });
    const dashboard = countByLeadAgency(status.tasks, buildIndex(catalogue), (_, f) => f);
    const { files } = await call(app.dispatch, 'forms.generate', { period: PERIOD });
    const { expected } = await call(app.dispatch, 'periods.get', { period: PERIOD });
    const onRegister = new Set(expected.map((a) => a.id));
    const khcn = catalogue.agencies.find((a) => a.name === 'Sở Khoa học và Công nghệ')!;
    for (const f of files) {
      const counted = dashboard.find((d) => d.agencyId === f.agency.id)?.total ?? 0;
      expect({ agency: f.agency.name, tasks: counted }).toEqual({
        agency: f.agency.name,
        tasks: await leadRowsInForm(f.data),
      });
    }
    for (const d of dashboard) expect(onRegister.has(d.agencyId), d.name).toBe(true);
    expect(dashboard.find((d) => d.agencyId === khcn.id)!.total).toBeGreaterThan(30);
    app.close();
  });
});
