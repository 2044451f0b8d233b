import { describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../electron/backend/seed/seed-catalogue';
import { memoryBackend } from './helpers';

describe('catalogue seed and API', () => {
  it('seeds the real plan on first start: 75 tasks in 7 groups, 24 indicators with sub-rows', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    expect(c.plans).toHaveLength(1);
    expect(c.groups.map((g) => g.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(c.tasks).toHaveLength(75);
    expect(c.tasks.every((t) => t.lead.length > 0)).toBe(true);
    const top = c.indicators.filter((x) => x.parent === null);
    expect(top).toHaveLength(24);
    expect(c.indicators.filter((x) => x.parent === '6').map((x) => x.code)).toHaveLength(12);
    expect(c.indicators.find((x) => x.code === '6')?.target).toBeNull();
    expect(c.indicators.find((x) => x.code === '3')?.target).toMatchObject({
      op: '>=',
      value: 37.6,
    });
    const vi12 = c.tasks.filter((t) => t.group === 'VI' && t.number === '12');
    expect(vi12.map((t) => t.code)).toEqual(['VI.12', 'VI.12b']);
    app.close();
  });

  it('shows a merged agency with the agency that carries its work today', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    const i1 = c.tasks.find((t) => t.code === 'I.1')!;
    expect(i1.lead[0]).toMatchObject({
      type: 'agency',
      name: 'Sở Thông tin và Truyền thông',
      currentName: 'Sở Khoa học và Công nghệ',
    });
    expect(i1.deadline.text).toBe(c.tasks.find((t) => t.code === 'I.1')!.deadline.text);
    app.close();
  });

  it('never seeds twice and keeps user edits on later starts', async () => {
    const app = memoryBackend();
    const task = (await app.call('catalogue.get', {})).tasks[0]!;
    await app.call('tasks.update', { id: task.id, patch: { text: 'Nội dung đã sửa' } });
    expect(seedIfEmpty(app.ctx.db)).toBe(false);
    const after = await app.call('catalogue.get', {});
    expect(after.tasks).toHaveLength(75);
    expect(after.tasks[0]!.text).toBe('Nội dung đã sửa');
    app.close();
  });
});

describe('editing tasks', () => {
  it('saves text, deadline and lead agencies, and parses the new deadline', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    const task = c.tasks.find((t) => t.code === 'I.6')!;
    const snv = c.agencies.find((a) => a.name === 'Sở Nội vụ')!;
    const saved = await app.call('tasks.update', {
      id: task.id,
      patch: {
        text: '  Xây dựng quy định mới  ',
        deadlineText: '6/2026',
        lead: [{ type: 'agency', id: snv.id }],
      },
    });
    expect(saved.text).toBe('Xây dựng quy định mới');
    expect(saved.deadline).toMatchObject({ kind: 'date', due: '2026-06-30', text: '6/2026' });
    expect(saved.lead.map((l) => l.name)).toEqual(['Sở Nội vụ']);
    app.close();
  });

  it('refuses an empty text, no lead agency and an unreadable deadline, each with its field', async () => {
    const app = memoryBackend();
    const task = (await app.call('catalogue.get', {})).tasks[0]!;
    await expect(
      app.call('tasks.update', {
        id: task.id,
        patch: { text: ' ', lead: [], deadlineText: 'sớm' },
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: {
        fields: [
          { field: 'text', message: 'Nội dung nhiệm vụ không được để trống.' },
          { field: 'lead', message: 'Nhiệm vụ phải có ít nhất một cơ quan chủ trì.' },
          { field: 'deadlineText', message: expect.stringContaining('Không hiểu thời hạn "sớm"') },
        ],
      },
    });
    const unchanged = (await app.call('catalogue.get', {})).tasks[0]!;
    expect(unchanged.text).toBe(task.text);
    app.close();
  });
});

describe('agencies', () => {
  it('merges one agency into another: tasks show the successor, the old name becomes an alias', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    const byName = (n: string) => c.agencies.find((a) => a.name === n)!;
    const from = byName('Sở Tư pháp');
    const into = byName('Sở Nội vụ');
    const merged = await app.call('agencies.merge', { fromId: from.id, intoId: into.id });
    expect(merged).toMatchObject({ active: false, reports: false, successor: { id: into.id } });
    const after = await app.call('catalogue.get', {});
    const ii3 = after.tasks.find((t) => t.code === 'II.3')!;
    expect(ii3.partners.find((p) => p.name === 'Sở Tư pháp')).toMatchObject({
      currentName: 'Sở Nội vụ',
    });
    expect(after.agencies.find((a) => a.id === into.id)!.aliases).toContain('Sở Tư pháp');
    app.close();
  });

  it('undoes a merger entered by mistake, exactly as it was before', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    const byName = (all: typeof c.agencies, n: string) => all.find((a) => a.name === n)!;
    const from = byName(c.agencies, 'Sở Tư pháp');
    const into = byName(c.agencies, 'Sở Nội vụ');
    await app.call('agencies.update', { id: into.id, patch: { aliases: ['SNV'] } });
    await app.call('agencies.merge', { fromId: from.id, intoId: into.id });

    const restored = await app.call('agencies.unmerge', { id: from.id });
    expect(restored).toMatchObject({ active: from.active, reports: from.reports, successor: null });
    const after = await app.call('catalogue.get', {});
    expect(byName(after.agencies, 'Sở Nội vụ').aliases).toEqual(['SNV']);
    const ii3 = after.tasks.find((t) => t.code === 'II.3')!;
    expect(ii3.partners.find((p) => p.name === 'Sở Tư pháp')).toMatchObject({
      currentName: 'Sở Tư pháp',
    });
    // Undone once: a second undo has nothing to undo.
    await expect(app.call('agencies.unmerge', { id: from.id })).rejects.toThrow(
      'Sở Tư pháp không được sáp nhập vào đơn vị nào.',
    );
    app.close();
  });

  it('undoes a merger that came with the seed (the 2025 reorganisation)', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    const stttt = c.agencies.find((a) => a.key === 'stttt')!;
    const skhcn = c.agencies.find((a) => a.id === stttt.successor!.id)!;
    const restored = await app.call('agencies.unmerge', { id: stttt.id });
    expect(restored).toMatchObject({ active: true, successor: null });
    const after = (await app.call('catalogue.get', {})).agencies.find((a) => a.id === skhcn.id)!;
    expect(after.aliases).not.toContain(stttt.name);
    app.close();
  });

  it('refuses merging into itself, into a merged agency, or twice', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    const stttt = c.agencies.find((a) => a.key === 'stttt')!;
    const snv = c.agencies.find((a) => a.key === 'snv')!;
    await expect(
      app.call('agencies.merge', { fromId: snv.id, intoId: snv.id }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(app.call('agencies.merge', { fromId: snv.id, intoId: stttt.id })).rejects.toThrow(
      /không còn hoạt động/,
    );
    await expect(app.call('agencies.merge', { fromId: stttt.id, intoId: snv.id })).rejects.toThrow(
      /đã được sáp nhập vào Sở Khoa học và Công nghệ/,
    );
    app.close();
  });

  it('creates an agency, refusing a name that differs only by case or diacritics', async () => {
    const app = memoryBackend();
    const created = await app.call('agencies.create', {
      agency: {
        name: 'UBND phường Tân Phong',
        shortName: '',
        aliases: ['P. Tân Phong', 'p. tan phong'],
        kind: 'commune',
        reports: true,
        active: true,
      },
    });
    expect(created).toMatchObject({
      key: 'ubnd-phuong-tan-phong',
      shortName: null,
      aliases: ['P. Tân Phong'],
    });
    await expect(
      app.call('agencies.create', {
        agency: {
          name: 'ubnd phuong tan phong',
          shortName: null,
          aliases: [],
          kind: 'commune',
          reports: true,
          active: true,
        },
      }),
    ).rejects.toThrow('Đã có đơn vị tên "ubnd phuong tan phong".');
    app.close();
  });
});

describe('settings', () => {
  it('has Lai Châu defaults, saves changes and rejects a bad abbreviation', async () => {
    const app = memoryBackend();
    expect(await app.call('settings.get', {})).toMatchObject({
      abbreviation: 'SKHCN',
      place: 'Lai Châu',
    });
    const saved = await app.call('settings.update', { patch: { signerName: ' Nguyễn Văn A ' } });
    expect(saved.signerName).toBe('Nguyễn Văn A');
    await expect(
      app.call('settings.update', { patch: { abbreviation: 'skhcn x' } }),
    ).rejects.toMatchObject({
      details: { fields: [{ field: 'abbreviation' }] },
    });
    app.close();
  });
});

describe('document settings for issue 9', () => {
  it('keeps contact, glossary and the colour switch; seeds the glossary; refuses a bad line', async () => {
    const app = memoryBackend();
    const s = await app.call('settings.get', {});
    expect(s.glossary).toContain('CĐS: chuyển đổi số');
    expect(s.statusColours).toBe(false);
    expect(s.contactPerson).toBe('');
    const saved = await app.call('settings.update', {
      patch: {
        contactPerson: 'bà Nguyễn Thị Hoa, Văn phòng Sở',
        contactPhone: '0213.3876.123',
        glossary: ['CĐS: chuyển đổi số', 'KTXH: kinh tế - xã hội'],
        statusColours: true,
      },
    });
    expect(saved).toMatchObject({
      contactPerson: 'bà Nguyễn Thị Hoa, Văn phòng Sở',
      contactPhone: '0213.3876.123',
      glossary: ['CĐS: chuyển đổi số', 'KTXH: kinh tế - xã hội'],
      statusColours: true,
    });
    await expect(
      app.call('settings.update', { patch: { glossary: ['chuyển đổi số'] } }),
    ).rejects.toMatchObject({ details: { fields: [{ field: 'glossary' }] } });
    await expect(
      app.call('settings.update', { patch: { contactPhone: 'gọi chị Hoa' } }),
    ).rejects.toMatchObject({ details: { fields: [{ field: 'contactPhone' }] } });
    app.close();
  });
});

describe('dispatch', () => {
  it('rejects unknown methods and malformed arguments with Vietnamese messages', async () => {
    const app = memoryBackend();
    expect(await app.dispatch('db.dropEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    const bad = await app.dispatch('tasks.update', { id: 'x', patch: { sql: 'DROP TABLE task' } });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', message: 'Dữ liệu gửi lên không hợp lệ.' },
    });
    expect(JSON.stringify(bad)).toMatch(/Đầu vào không hợp lệ|không hợp lệ/);
    app.close();
  });
});

describe('plan details and monitoring agencies', () => {
  it('records the plan number and date, refusing a number with letters', async () => {
    const app = memoryBackend();
    const plan = (await app.call('catalogue.get', {})).plans[0]!;
    const saved = await app.call('plans.update', {
      id: plan.id,
      patch: { number: ' 35 ', issuedOn: '2025-02-14' },
    });
    expect(saved).toMatchObject({ number: '35', issuedOn: '2025-02-14', symbol: 'KH-UBND' });
    await expect(
      app.call('plans.update', { id: plan.id, patch: { number: '35/KH' } }),
    ).rejects.toMatchObject({
      details: { fields: [{ field: 'number' }] },
    });
    app.close();
  });

  it('refuses a merged agency as monitoring agency and names the one to pick', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    const stttt = c.agencies.find((a) => a.key === 'stttt')!;
    const x = c.indicators.find((i) => i.code === '3')!;
    await expect(
      app.call('indicators.update', { id: x.id, patch: { agencyId: stttt.id } }),
    ).rejects.toThrow(
      'Sở Thông tin và Truyền thông đã sáp nhập vào Sở Khoa học và Công nghệ; hãy chọn Sở Khoa học và Công nghệ.',
    );
    app.close();
  });
});
