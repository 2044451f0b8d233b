import { describe, expect, it } from 'vitest';
import { INTERNAL_MESSAGE } from '../../shared/messages/common';
import { PERIOD_MESSAGES } from '../../shared/messages/periods';
import { memoryBackend } from './helpers';
import { exampleFiles, importAll } from './import-helpers';

describe('reporting periods', () => {
  it('creates ad hoc periods with their own dates; the register and status work for them', async () => {
    const app = memoryBackend();
    const first = await app.call('periods.createAdhoc', {
      title: ' Báo cáo phục vụ Đoàn kiểm tra của Bộ ',
      start: '2025-10-01',
      end: '2025-10-20',
      due: '2025-10-25',
    });
    expect(first).toMatchObject({
      key: '2025-A1',
      title: 'Báo cáo phục vụ Đoàn kiểm tra của Bộ',
      due: '2025-10-25',
    });
    expect(first.label).toContain('đột xuất');
    const second = await app.call('periods.createAdhoc', {
      title: 'Lần 2',
      start: '2025-11-01',
      end: '2025-11-05',
      due: '2025-11-06',
    });
    expect(second.key).toBe('2025-A2');
    expect((await app.call('periods.overview', {})).adhoc.map((p) => p.key)).toEqual([
      '2025-A1',
      '2025-A2',
    ]);

    const register = await app.call('submissions.register', { period: '2025-a1' });
    expect(register.period).toMatchObject({ key: '2025-A1', due: '2025-10-25' });
    expect(register.counts.missing).toBe(register.counts.expected);
    const status = await app.call('status.get', { period: '2025-A1' });
    expect(status.tasks).toHaveLength(75);
    app.close();
  });

  it('refuses an ad hoc period that was never created, and bad dates, in Vietnamese', async () => {
    const app = memoryBackend();
    await expect(app.call('submissions.register', { period: '2025-A9' })).rejects.toThrow(
      'Kỳ đột xuất "2025-A9" chưa được tạo. Hãy tạo kỳ đột xuất ở màn hình Kỳ báo cáo.',
    );
    await expect(
      app.call('periods.createAdhoc', {
        title: '',
        start: '2025-10-10',
        end: '2025-10-01',
        due: '2025-09-01',
      }),
    ).rejects.toMatchObject({
      details: { fields: [{ field: 'title' }, { field: 'end' }, { field: 'due' }] },
    });
    app.close();
  });

  it('calls a mistyped period the user’s mistake, next to the period field', async () => {
    const app = memoryBackend();
    await expect(app.call('submissions.register', { period: '2025-13' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: PERIOD_MESSAGES.invalidKey('2025-13'),
      details: { fields: [{ field: 'period' }] },
    });
    app.close();
  });

  it('shows a fault that is not the user’s as an internal error, and logs it', async () => {
    const logged: string[] = [];
    const app = memoryBackend({
      logger: { error: (message) => logged.push(message), info: () => {} },
    });
    // A database that lost a table: looking up an ad hoc period fails, but not by the user's key.
    app.ctx.db.exec('DROP TABLE adhoc_period');
    await expect(app.call('submissions.register', { period: '2025-A1' })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: INTERNAL_MESSAGE,
    });
    expect(logged).toEqual(['submissions.register failed']);
    app.close();
  });

  it('due-date rules per plan: an earlier quarterly due date turns reports received after it late', async () => {
    const app = memoryBackend();
    const defaults = (await app.call('periods.overview', {})).rules;
    expect(defaults).toMatchObject({
      monthDay: 20,
      quarterDay: 10,
      yearDue: { month: 11, day: 30 },
    });
    await importAll(app, exampleFiles(), { acceptSuggested: true });
    const before = await app.call('submissions.register', { period: '2025-Q3' });
    expect(before.period.due).toBe('2025-09-10');

    await app.call('periods.updateRules', { rules: { ...defaults, quarterDay: 5 } });
    const after = await app.call('submissions.register', { period: '2025-Q3' });
    expect(after.period.due).toBe('2025-09-05');
    // Reports received between 6 and 10 September were on time and are now late.
    const nowLate = before.rows.filter(
      (r) => r.state === 'on_time' && r.submission!.receivedOn > '2025-09-05',
    ).length;
    expect(nowLate).toBeGreaterThan(0);
    expect(after.counts.late).toBe(before.counts.late + nowLate);
    expect(after.counts.onTime).toBe(before.counts.onTime - nowLate);

    await expect(
      app.call('periods.updateRules', { rules: { ...defaults, monthDay: 40 } }),
    ).rejects.toThrow('Báo cáo tháng: ngày phải từ 1 đến 31.');
    app.close();
  });
});
