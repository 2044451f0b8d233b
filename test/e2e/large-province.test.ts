// A province ten times bigger (issue 13): 750 tasks in 70 groups, 60 reporting agencies, eight
// quarters of reports. The dashboard still fits a laptop screen without figures or labels running
// into each other, and every screen of the menu opens on it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import { ROUTES } from '../../renderer/src/routing/routes';
import { buildLargeProvinceDb, LARGE_PERIOD } from '../fixtures/large-province';
import { launchBrowser, shot, startApp, type TestApp, watchProblems } from './harness';

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;
const problems: string[] = [];

interface Box {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Every piece of text the dashboard's charts and figures print, as the box it takes on screen
 * (clipped to the element it sits in), plus the figures that do not fit inside their own box.
 */
function chartText(): Promise<{ boxes: Box[]; spilled: string[] }> {
  return page.evaluate(() => {
    const boxes: Box[] = [];
    const spilled: string[] = [];
    const roots = document.querySelectorAll('.bar-rows, .stat-tiles');
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (!text || !parent) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const own = parent.getBoundingClientRect();
        for (const r of range.getClientRects()) {
          // A figure in a bar part must show whole: a clipped digit is a wrong number.
          if (
            parent.classList.contains('bar-seg') &&
            (r.left < own.left - 0.5 || r.right > own.right + 0.5)
          )
            spilled.push(`${text} (${Math.round(r.width)}px in ${Math.round(own.width)}px)`);
          const x = Math.max(r.left, own.left);
          const right = Math.min(r.right, own.right);
          if (right - x > 0.5) boxes.push({ text, x, y: r.top, w: right - x, h: r.height });
        }
      }
    }
    return { boxes, spilled };
  });
}

function overlaps(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (dx > 0.5 && dy > 0.5)
        out.push(`"${a.text}" × "${b.text}" at ${Math.round(a.x)},${Math.round(a.y)}`);
    }
  return out;
}

async function expectTidyCharts(): Promise<number> {
  // The share figures appear once the bars know their width.
  await expect
    .poll(async () => (await chartText()).boxes.some((b) => /%$/.test(b.text)))
    .toBe(true);
  const { boxes, spilled } = await chartText();
  expect(spilled).toEqual([]);
  expect(overlaps(boxes)).toEqual([]);
  return boxes.length;
}

/** Cards side by side keep their own height: head and body, nothing stretched below. */
async function stretchedCards(): Promise<string[]> {
  return page.locator('.overview-grid > .panel').evaluateAll((cards) =>
    cards.flatMap((card) => {
      const inner = [...card.children].reduce((h, c) => h + c.getBoundingClientRect().height, 0);
      const height = card.getBoundingClientRect().height;
      return height - inner > 4
        ? [`${card.querySelector('.panel-title')?.textContent}: ${height} > ${inner}`]
        : [];
    }),
  );
}

const card = (title: RegExp) =>
  page.locator('.panel').filter({ has: page.locator('.panel-title', { hasText: title }) });

beforeAll(async () => {
  app = await startApp({ prepare: buildLargeProvinceDb });
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  const context = await launched.browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1366, height: 768 },
  });
  page = await context.newPage();
  watchProblems(page, problems);
  await page.goto(`${app.server.url}#/tong-quan?ky=${LARGE_PERIOD}`);
});

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

describe('Tổng quan on a province ten times bigger', () => {
  it('fits: no figure or label runs into another, lists before the charts', async () => {
    await page.getByText('Nhiệm vụ theo tình trạng (750 nhiệm vụ)').waitFor();
    const groups = card(/^Tình trạng nhiệm vụ theo nhóm$/);
    const agencies = card(/^Nhiệm vụ theo cơ quan chủ trì$/);
    // Ten rows each, the rest one click away.
    expect(await groups.locator('a.bar-label').count()).toBe(10);
    expect(await agencies.locator('a.bar-label').count()).toBe(10);
    await expectTidyCharts();
    expect(await stretchedCards()).toEqual([]);

    // The lists a secretary acts on start within the first screen, above both charts.
    const overdue = await card(/^Nhiệm vụ quá hạn \(\d+\)$/).boundingBox();
    const notMet = await card(/^Chỉ tiêu chưa đạt \(\d+\)$/).boundingBox();
    const chart = await groups.boundingBox();
    for (const list of [overdue!, notMet!]) {
      expect(list.y).toBeLessThan(768);
      expect(list.y).toBeLessThan(chart!.y);
    }
    await shot(page, 'large-overview-1366');

    // All seventy groups, in the plan's order, and back.
    await groups.getByRole('button', { name: 'Xem tất cả 70 nhóm' }).click();
    const labels = await groups.locator('a.bar-label').allTextContents();
    expect(labels).toHaveLength(70);
    expect(labels.slice(0, 3)).toEqual(['Nhóm I', 'Nhóm II', 'Nhóm III']);
    await expectTidyCharts();
    await groups.getByRole('button', { name: 'Thu gọn' }).first().click();
    expect(await groups.locator('a.bar-label').count()).toBe(10);

    // A smaller laptop screen: the bars narrow, the figures that no longer fit step aside.
    await page.setViewportSize({ width: 1280, height: 720 });
    await expectTidyCharts();
    expect(await stretchedCards()).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'large-overview-1280');
    expect(problems).toEqual([]);
  });

  it('tells each part of a bar by its count on hover', async () => {
    const part = card(/^Tình trạng nhiệm vụ theo nhóm$/)
      .locator('a.bar-seg')
      .first();
    await part.hover();
    await expect
      .poll(() => page.getByRole('tooltip').textContent())
      .toMatch(/^Nhóm [IVXLC]+\. .+ – .+: \d+ nhiệm vụ \(\d+(,\d)?%\)$/);
  });
});

describe('Báo cáo tổng hợp on the large province', () => {
  it('shows three lead reports of a task every agency leads, the rest on request', async () => {
    const status = await call(app.backend.dispatch, 'status.get', { period: LARGE_PERIOD });
    const shared = status.tasks.find((t) => t.leadCount > 10)!;
    // The status carries the first three; the row loads the others when asked.
    expect(shared.leadReports).toHaveLength(3);
    await page.goto(
      `${app.server.url.replace(/#.*$/, '')}#/bao-cao-tong-hop?ky=${LARGE_PERIOD}&nhom=${shared.group}`,
    );
    const row = page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ has: page.getByRole('cell', { name: shared.code, exact: true }) });
    const reports = row.locator('.report-list > li');
    await reports.first().waitFor();
    expect(await reports.count()).toBe(3);
    const rest = shared.leadCount - 3;
    await row.getByRole('button', { name: `Xem báo cáo của ${rest} cơ quan chủ trì khác` }).click();
    await expect.poll(() => reports.count()).toBe(shared.leadCount);
    expect(await row.getByRole('button', { name: /cơ quan chủ trì khác/ }).count()).toBe(0);
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'large-lead-reports-opened', { fullPage: false });
  });

  it('finds that task by the name of an agency whose report the status did not ship', async () => {
    const status = await call(app.backend.dispatch, 'status.get', { period: LARGE_PERIOD });
    const shared = status.tasks.find((t) => t.leadCount > 10)!;
    const all = await call(app.backend.dispatch, 'status.task', {
      period: LARGE_PERIOD,
      taskId: shared.taskId,
    });
    const name = all.leadReports.at(-1)!.agency.name;
    expect(shared.leadReports.map((r) => r.agency.name)).not.toContain(name);
    await page.goto(
      `${app.server.url.replace(/#.*$/, '')}#/bao-cao-tong-hop?ky=${LARGE_PERIOD}&nhom=${shared.group}`,
    );
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    await page.getByRole('searchbox', { name: 'Tìm nhiệm vụ' }).fill(name);
    await page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ has: page.getByRole('cell', { name: shared.code, exact: true }) })
      .waitFor();
  });
});

describe('every screen of the menu on the large province', () => {
  it('opens each one with its heading and no error', async () => {
    const menu = page.getByRole('navigation');
    for (const route of [...ROUTES].reverse()) {
      await menu.getByRole('link', { name: route.label }).click();
      await page.getByRole('heading', { level: 3, name: route.label, exact: true }).waitFor();
      await expect.poll(() => page.getByText('Đang mở màn hình…').count()).toBe(0);
    }
    expect(problems).toEqual([]);
  });
});
