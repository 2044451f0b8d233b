// Small Playwright helpers for the Ant Design widgets the screens use, so tests read like the
// user's actions ("choose Sở Nội vụ in the agency filter").
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The dropdown of this Select: the one holding the list its input controls (aria-controls), so a
 * dropdown of another Select still fading out is never picked instead.
 */
async function dropdownOf(page: Page, combobox: Locator): Promise<Locator> {
  const list = await combobox.getAttribute('aria-controls');
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  return list ? open.filter({ has: page.locator(`[id="${list}"]`) }) : open;
}

/**
 * Waits until no finite animation runs in the page (a dialog zooming in, a dropdown sliding
 * down): a click during one lands on the dialog's wrapper, which closes the dropdown. Endless
 * ones (spinners, skeletons) are not waited for.
 */
export async function settled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document
            .getAnimations()
            .filter(
              (a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity,
            ).length,
      ),
    )
    .toBe(0);
}

/**
 * Opens a Select (found by its label), types `search` if given (the lists search without
 * diacritics) and clicks the option whose text starts with `option`; on a native <select>,
 * selects that option.
 */
export async function choose(
  page: Page,
  combobox: Locator,
  option: string,
  search?: string,
): Promise<void> {
  // The period picker uses the browser's own list: choose by the option's text.
  if (await combobox.evaluate((e) => e.tagName === 'SELECT')) {
    const label = await combobox
      .locator('option')
      .filter({ hasText: new RegExp(`^${escapeRegExp(option)}`) })
      .first()
      .textContent();
    await combobox.selectOption({ label: label ?? option });
    return;
  }
  await settled(page);
  await combobox.click();
  if (search !== undefined) await combobox.fill(search);
  const item = (await dropdownOf(page, combobox))
    .locator('.ant-select-item-option')
    .filter({ hasText: new RegExp(`^${escapeRegExp(option)}`) })
    .first();
  await item.waitFor();
  await settled(page);
  await item.click();
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first cell (the code) of every row the table shows on this page. */
export async function rowCodes(page: Page): Promise<string[]> {
  return page
    .locator('.ant-table-tbody tr.ant-table-row')
    .evaluateAll((rows) =>
      rows.map((r) => (r as HTMLTableRowElement).cells[0]?.textContent?.trim() ?? ''),
    );
}

/** The table row whose first cell is `code`. */
export function row(page: Page, code: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
}

/** Waits until "Hiển thị N / M …" reads `text`. */
export async function expectCount(page: Page, text: string): Promise<void> {
  await expect.poll(() => countText(page), { timeout: 10_000 }).toBe(text);
}

async function countText(page: Page): Promise<string> {
  const el = page.getByText(/^Hiển thị \d+ \/ \d+/);
  if ((await el.count()) === 0) return '';
  const text = (await el.first().textContent()) ?? '';
  return text
    .replace(/Xoá bộ lọc/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form item (label, control, messages) that holds the control labelled `label`. */
export function formItem(page: Page, label: string): Locator {
  return page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
}

/** A toast message (antd `message`) with this text. */
export function toast(page: Page, text: string): Locator {
  return page.locator('.ant-message-notice').filter({ hasText: text });
}

/**
 * Waits until an antd dialog is open and done with its opening animation: a click on a button
 * that is still zooming in can land beside it.
 */
export async function openedDialog(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await doneOpening(dialog);
}

/** Waits until an antd popup (dialog, dropdown list) has stopped sliding or zooming in. */
export async function doneOpening(popup: Locator): Promise<void> {
  await expect
    .poll(async () => (await popup.getAttribute('class')) ?? '', { timeout: 10_000 })
    .not.toMatch(/-enter|-appear/);
}
