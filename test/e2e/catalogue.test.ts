// A secretariat specialist's path through the plan catalogue: finding tasks without typing
// diacritics, filtering, correcting a task, recording an agency merger and the document settings.
// Every change is checked again after a reload (it must come from the database, not the screen).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import { SECOND_PLAN, secondPlanFile } from '../fixtures/second-plan';
import { launchBrowser, openApp, shot, startApp, type TestApp, watchProblems } from './harness';
import { choose, expectCount, formItem, row, rowCodes, toast } from './ui-helpers';

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;
const problems: string[] = [];

async function openScreen(name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 3, name, exact: true }).waitFor();
}

beforeAll(async () => {
  app = await startApp();
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  page = await openApp(launched.browser, app);
  page.setDefaultTimeout(10_000);
  watchProblems(page, problems);
});

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

describe('Danh mục kế hoạch', () => {
  it('mở trang Kế hoạch với thông tin chung và số nhiệm vụ theo nhóm', async () => {
    await page.getByRole('banner').getByText('Tổng hợp Báo cáo').waitFor();
    await openScreen('Kế hoạch');
    expect(await page.title()).toBe('Kế hoạch – Tổng hợp Báo cáo');
    const groupIII = row(page, 'III');
    await expect.poll(() => groupIII.count()).toBe(1);
    expect(await groupIII.textContent()).toContain('16 nhiệm vụ');
    await shot(page, 'plan');

    // A group opens the tasks of that group.
    await page.getByRole('button', { name: 'Xem 16 nhiệm vụ nhóm III' }).click();
    await page.getByRole('heading', { name: 'Nhiệm vụ', exact: true }).waitFor();
    await expectCount(page, 'Hiển thị 16 / 75 nhiệm vụ');
    expect((await rowCodes(page)).every((c) => c.startsWith('III.'))).toBe(true);
    expect(page.url()).toContain('#/nhiem-vu?nhom=III');
  });

  it('ghi số và ngày ban hành của kế hoạch; số sai báo lỗi cạnh ô; tải lại vẫn còn', async () => {
    await openScreen('Kế hoạch');
    await page.getByRole('button', { name: 'Sửa thông tin kế hoạch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa thông tin kế hoạch' });
    await dialog.getByLabel('Số', { exact: true }).fill('35/KH');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog
      .getByText('Số kế hoạch chỉ gồm chữ số (ví dụ: 35); ký hiệu nhập ở ô riêng.')
      .waitFor();
    await dialog.getByLabel('Số', { exact: true }).fill('35');
    await dialog.getByLabel('Ngày ban hành').fill('14/02/2025');
    await dialog.getByLabel('Ngày ban hành').press('Enter');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await toast(page, 'Đã lưu thông tin kế hoạch').waitFor();
    await page.reload();
    await page.getByText('35/KH-UBND', { exact: true }).waitFor();
    await page.getByText('14/02/2025', { exact: true }).waitFor();
  });

  it('tìm nhiệm vụ không cần gõ dấu', async () => {
    await openScreen('Nhiệm vụ');
    await expectCount(page, 'Hiển thị 75 / 75 nhiệm vụ');
    const search = page.getByRole('searchbox', { name: 'Tìm nhiệm vụ' });

    await search.fill('so noi vu');
    await expectCount(page, 'Hiển thị 10 / 75 nhiệm vụ');
    // The tasks that name Sở Nội vụ come first, in plan order.
    const codes = await rowCodes(page);
    expect(codes.slice(0, 7)).toEqual(['I.6', 'I.7', 'I.9', 'I.10', 'I.13', 'IV.4', 'IV.6']);
    for (const code of ['I.6', 'I.10', 'IV.6']) {
      expect(await row(page, code).textContent()).toContain('Sở Nội vụ');
    }
    // The words found are marked in the row.
    expect(await row(page, 'I.6').locator('mark').allTextContents()).toEqual(['Sở', 'Nội', 'vụ']);
    await shot(page, 'tasks-search');

    await search.fill('CHUYEN DOI SO');
    await expectCount(page, 'Hiển thị 19 / 75 nhiệm vụ');
    for (const code of await rowCodes(page)) {
      const text = (await row(page, code).textContent()) ?? '';
      expect(text.toLowerCase(), code).toContain('chuyển đổi số');
    }

    await search.fill('khong co nhiem vu nao nhu the nay');
    await expectCount(page, 'Hiển thị 0 / 75 nhiệm vụ');
    await page.getByText('Không có nhiệm vụ nào khớp với bộ lọc.').waitFor();
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await expectCount(page, 'Hiển thị 75 / 75 nhiệm vụ');
    expect(await search.inputValue()).toBe('');
  });

  it('lọc theo nhóm và theo đơn vị; tải lại trang vẫn giữ bộ lọc', async () => {
    await choose(page, page.getByRole('combobox', { name: 'Lọc theo nhóm' }), 'Nhóm II.');
    await expectCount(page, 'Hiển thị 5 / 75 nhiệm vụ');
    expect(await rowCodes(page)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5']);

    // Search and group combine.
    await page.getByRole('searchbox', { name: 'Tìm nhiệm vụ' }).fill('chuyen doi so');
    await expectCount(page, 'Hiển thị 2 / 75 nhiệm vụ');
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();

    // The agency list searches without diacritics too.
    await choose(
      page,
      page.getByRole('combobox', { name: 'Lọc theo đơn vị' }),
      'Sở Nội vụ',
      'noi vu',
    );
    await expectCount(page, 'Hiển thị 7 / 75 nhiệm vụ');
    // Tasks given to "Các sở, ban, ngành" concern every department too, on request.
    await page.getByRole('checkbox', { name: /Tính cả nhiệm vụ giao chung/ }).check();
    await expectCount(page, 'Hiển thị 51 / 75 nhiệm vụ');
    await page.getByRole('checkbox', { name: /Tính cả nhiệm vụ giao chung/ }).uncheck();
    await expectCount(page, 'Hiển thị 7 / 75 nhiệm vụ');
    expect(await rowCodes(page)).toEqual(['I.6', 'I.7', 'I.9', 'I.10', 'I.13', 'IV.4', 'IV.6']);
    await page
      .getByRole('radiogroup', { name: 'Vai trò của đơn vị' })
      .getByText('Chỉ chủ trì', { exact: true })
      .click();
    await expectCount(page, 'Hiển thị 6 / 75 nhiệm vụ');
    expect(await rowCodes(page)).not.toContain('I.9'); // Sở Nội vụ only cooperates on I.9

    await page.reload();
    await expectCount(page, 'Hiển thị 6 / 75 nhiệm vụ');
    expect(await page.locator('.toolbar-agency').textContent()).toContain('Sở Nội vụ');

    // Since the 2025 merger Sở KH&CN also carries the tasks the plan gave Sở TT&TT (III.4).
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await choose(
      page,
      page.getByRole('combobox', { name: 'Lọc theo đơn vị' }),
      'Sở Khoa học và Công nghệ',
      'khoa hoc va cong nghe',
    );
    await expectCount(page, 'Hiển thị 42 / 75 nhiệm vụ');
    await page.getByRole('searchbox', { name: 'Tìm nhiệm vụ' }).fill('III.4');
    expect(await row(page, 'III.4').textContent()).toContain(
      'Sở Khoa học và Công nghệ (trước: Sở Thông tin và Truyền thông)',
    );
    await shot(page, 'tasks-agency');
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await expectCount(page, 'Hiển thị 75 / 75 nhiệm vụ');
  });

  it('sửa một nhiệm vụ: lỗi hiện cạnh ô nhập, lưu rồi tải lại vẫn còn', async () => {
    await page.getByRole('searchbox', { name: 'Tìm nhiệm vụ' }).fill('I.6');
    await row(page, 'I.6').click();
    const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ I.6' });
    await drawer.waitFor();
    const text = drawer.getByLabel('Nội dung nhiệm vụ');
    expect(await text.inputValue()).toContain(
      'Xây dựng văn bản quy định trách nhiệm người đứng đầu',
    );

    // Empty text and no lead agency: the backend refuses, each message next to its field.
    await text.fill('');
    const lead = drawer.getByLabel('Cơ quan chủ trì', { exact: true });
    await lead.click();
    await lead.press('Backspace'); // removes the only lead, Sở Nội vụ
    await text.click();
    await drawer.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await formItem(page, 'Nội dung nhiệm vụ')
      .getByText('Nội dung nhiệm vụ không được để trống.')
      .waitFor();
    await formItem(page, 'Cơ quan chủ trì')
      .getByText('Nhiệm vụ phải có ít nhất một cơ quan chủ trì.')
      .waitFor();
    await shot(page, 'task-validation');

    // A deadline the app cannot read is refused too; the preview says so while typing.
    await text.fill(
      'Xây dựng văn bản quy định trách nhiệm người đứng đầu về chuyển đổi số (đã rà soát).',
    );
    await choose(
      page,
      drawer.getByLabel('Cơ quan chủ trì', { exact: true }),
      'Sở Nội vụ',
      'noi vu',
    );
    const deadline = drawer.getByLabel('Thời gian hoàn thành');
    await deadline.fill('càng sớm càng tốt');
    const reading = (text: string) =>
      formItem(page, 'Thời gian hoàn thành').getByText(text, { exact: true });
    await reading('Chưa hiểu thời hạn này').waitFor();
    await drawer.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await formItem(page, 'Thời gian hoàn thành')
      .getByText('Không hiểu thời hạn "càng sớm càng tốt".', { exact: false })
      .waitFor();

    await deadline.fill('6/2026');
    await reading('Hạn: 30/06/2026').waitFor();
    await deadline.fill('2026 - 2030');
    await reading('Khoảng 2026 – 2030 (hạn cuối 31/12/2030)').waitFor();
    await deadline.fill('Hàng năm');
    await reading('Thường xuyên').waitFor();
    await deadline.fill('Sau khi có hướng dẫn của Bộ Nội vụ');
    await reading('Có điều kiện').waitFor();
    await deadline.fill('6/2026');
    await drawer.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await toast(page, 'Đã lưu nhiệm vụ I.6').waitFor();
    await drawer.waitFor({ state: 'hidden' });

    const saved = row(page, 'I.6');
    await expect.poll(() => saved.textContent()).toContain('về chuyển đổi số (đã rà soát).');
    expect(await saved.textContent()).toContain('30/06/2026');

    await page.reload();
    await expectCount(page, 'Hiển thị 1 / 75 nhiệm vụ'); // not III.6 or VI.6
    expect(await rowCodes(page)).toEqual(['I.6']);
    const reloaded = (await row(page, 'I.6').textContent()) ?? '';
    expect(reloaded).toContain('về chuyển đổi số (đã rà soát).');
    expect(reloaded).toContain('Sở Nội vụ');
    expect(reloaded).toContain('30/06/2026');
  });

  it('huỷ bỏ mọi thay đổi chưa lưu (mở dòng bằng bàn phím)', async () => {
    await row(page, 'I.6').focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ I.6' });
    await drawer.getByLabel('Nội dung nhiệm vụ').fill('Nội dung sẽ bị huỷ');
    await drawer.getByRole('button', { name: 'Huỷ' }).click();
    // Typed text is dropped only when the user says so (test/e2e/unsaved-edits.test.ts).
    const question = page.getByRole('dialog').filter({ hasText: 'Bỏ các thay đổi chưa lưu?' });
    await question.getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await drawer.waitFor({ state: 'hidden' });
    expect(await row(page, 'I.6').textContent()).not.toContain('Nội dung sẽ bị huỷ');
    await row(page, 'I.6').click();
    expect(
      await page
        .getByRole('dialog', { name: 'Nhiệm vụ I.6' })
        .getByLabel('Nội dung nhiệm vụ')
        .inputValue(),
    ).toContain('(đã rà soát)');
    // Nothing changed this time: Huỷ closes at once.
    await page
      .getByRole('dialog', { name: 'Nhiệm vụ I.6' })
      .getByRole('button', { name: 'Huỷ' })
      .click();
    await page.getByRole('dialog', { name: 'Nhiệm vụ I.6' }).waitFor({ state: 'hidden' });
  });

  it('chỉ tiêu: nhóm 6 và 13 có dòng con; lọc giai đoạn; sửa mục tiêu', async () => {
    await openScreen('Chỉ tiêu');
    await expectCount(page, 'Hiển thị 36 / 36 chỉ tiêu');
    await page
      .getByRole('radiogroup', { name: 'Giai đoạn' })
      .getByText('Đến năm 2045', { exact: true })
      .click();
    await expectCount(page, 'Hiển thị 3 / 36 chỉ tiêu');
    expect(await rowCodes(page)).toEqual(['22', '23', '24']);
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();

    // A sub-row found by the search keeps its group row above it.
    await page.getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).fill('so hoa ho so');
    await expectCount(page, 'Hiển thị 1 / 36 chỉ tiêu');
    expect(await rowCodes(page)).toEqual(['6', '6.3']);
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();

    expect(await row(page, '3').textContent()).toContain('≥ 37,6');
    await row(page, '3').click();
    const drawer = page.getByRole('dialog', { name: 'Chỉ tiêu 3' });
    await drawer.getByLabel('Mục tiêu').fill('≥ 40,5');
    await formItem(page, 'Mục tiêu').getByText('Không thấp hơn 40,5').waitFor();
    await drawer.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await toast(page, 'Đã lưu chỉ tiêu 3').waitFor();
    await page.reload();
    await expectCount(page, 'Hiển thị 36 / 36 chỉ tiêu');
    expect(await row(page, '3').textContent()).toContain('≥ 40,5');
    await shot(page, 'indicators');
  });

  it('thêm đơn vị, sáp nhập đơn vị; nhiệm vụ hiển thị đơn vị tiếp nhận', async () => {
    await openScreen('Đơn vị');
    await expectCount(page, 'Hiển thị 37 / 37 đơn vị');

    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const create = page.getByRole('dialog', { name: 'Thêm đơn vị' });
    await create.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await formItem(page, 'Tên đơn vị').getByText('Tên đơn vị không được để trống.').waitFor();
    await create.getByLabel('Tên đơn vị').fill('Sở Nội vụ');
    await create.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await formItem(page, 'Tên đơn vị').getByText('Đã có đơn vị tên "Sở Nội vụ".').waitFor();
    await create.getByLabel('Tên đơn vị').fill('Sở Thử nghiệm');
    await create.getByLabel('Tên viết tắt').fill('Sở TN');
    const aliases = create.getByLabel('Tên gọi khác');
    await aliases.fill('STN');
    await aliases.press('Enter');
    await aliases.fill('Sở Thử nghiệm tỉnh');
    await aliases.press('Enter');
    await create.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await toast(page, 'Đã thêm đơn vị Sở Thử nghiệm').waitFor();
    await expectCount(page, 'Hiển thị 38 / 38 đơn vị');

    // Sở Ngoại vụ leads VII.1; it is merged into the new agency.
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('thu nghiem');
    await expectCount(page, 'Hiển thị 1 / 38 đơn vị');
    const created = page.getByRole('row').filter({ hasText: 'Sở Thử nghiệm' });
    for (const shown of ['Viết tắt: Sở TN', 'STN', 'Sở Thử nghiệm tỉnh', 'Đang hoạt động']) {
      expect(await created.textContent()).toContain(shown);
    }
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('ngoai vu');
    await page.getByRole('button', { name: 'Sáp nhập Sở Ngoại vụ' }).click();
    const merge = page.getByRole('dialog', { name: 'Sáp nhập Sở Ngoại vụ' });
    await merge.getByText('Sở Ngoại vụ sẽ ngừng hoạt động', { exact: false }).waitFor();
    await choose(page, merge.getByLabel('Đơn vị tiếp nhận'), 'Sở Thử nghiệm', 'thu nghiem');
    // The effect text follows the choice one render later (Form.useWatch), so wait for it.
    await expect
      .poll(() => merge.textContent())
      .toContain(
        'Các nhiệm vụ của đơn vị này (1 nhiệm vụ, 0 chỉ tiêu) sẽ hiển thị đơn vị tiếp nhận: “Sở Thử nghiệm (trước: Sở Ngoại vụ)”',
      );
    await shot(page, 'agency-merge');
    await merge.getByRole('button', { name: 'Sáp nhập', exact: true }).click();
    await toast(page, 'Đã sáp nhập Sở Ngoại vụ vào Sở Thử nghiệm.').waitFor();
    await merge.waitFor({ state: 'hidden' });
    await expect
      .poll(() => row(page, 'Sở Ngoại vụ').textContent())
      .toContain('Đã sáp nhập vào Sở Thử nghiệm');

    // A merged agency cannot be merged again.
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('');
    await page
      .getByRole('radiogroup', { name: 'Trạng thái' })
      .getByText('Đã sáp nhập, ngừng hoạt động', { exact: true })
      .click();
    await row(page, 'Sở Ngoại vụ').waitFor();
    expect(await page.getByRole('button', { name: 'Sáp nhập Sở Ngoại vụ' }).count()).toBe(0);
    await shot(page, 'agencies');

    await openScreen('Nhiệm vụ');
    await page.getByRole('searchbox', { name: 'Tìm nhiệm vụ' }).fill('VII.1');
    expect(await row(page, 'VII.1').textContent()).toContain('Sở Thử nghiệm (trước: Sở Ngoại vụ)');
    await page.reload();
    await expectCount(page, 'Hiển thị 1 / 75 nhiệm vụ');
    expect(await row(page, 'VII.1').textContent()).toContain('Sở Thử nghiệm (trước: Sở Ngoại vụ)');
    // Filtering by the successor finds the task the plan gave to the merged agency.
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await choose(
      page,
      page.getByRole('combobox', { name: 'Lọc theo đơn vị' }),
      'Sở Thử nghiệm',
      'thu nghiem',
    );
    await expectCount(page, 'Hiển thị 1 / 75 nhiệm vụ');
    expect(await rowCodes(page)).toEqual(['VII.1']);

    // The merger was a mistake: undo it from the agency's drawer.
    await openScreen('Đơn vị');
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('ngoai vu');
    await row(page, 'Sở Ngoại vụ').click();
    const drawer = page.getByRole('dialog', { name: 'Sở Ngoại vụ' });
    await drawer.getByRole('button', { name: 'Hoàn tác sáp nhập' }).click();
    await page
      .getByRole('tooltip')
      .getByText('Báo cáo đã nhận vẫn giữ nguyên.', { exact: false })
      .waitFor();
    await shot(page, 'agency-unmerge');
    await page.getByRole('tooltip').getByRole('button', { name: 'Hoàn tác' }).click();
    await toast(page, 'Đã hoàn tác sáp nhập: Sở Ngoại vụ hoạt động trở lại').waitFor();
    await page.reload();
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('ngoai vu');
    expect(await row(page, 'Sở Ngoại vụ').textContent()).toContain('Đang hoạt động');
    await openScreen('Nhiệm vụ');
    await page.getByRole('searchbox', { name: 'Tìm nhiệm vụ' }).fill('VII.1');
    expect(await row(page, 'VII.1').textContent()).not.toContain('trước: Sở Ngoại vụ');
  });

  it('cài đặt: sửa người ký, xem trước, lỗi hiện cạnh ô nhập, tải lại vẫn còn', async () => {
    await openScreen('Cài đặt');
    const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
    await preview.getByText('(chưa nhập họ tên người ký)').waitFor();

    await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An');
    await preview.getByText('Nguyễn Văn An').waitFor();
    await page.getByLabel('Chữ viết tắt của cơ quan').fill('skhcn');
    await page
      .getByLabel('Nơi nhận')
      .fill('Như trên\nBộ Khoa học và Công nghệ\nCác Phó Giám đốc Sở');
    await preview.getByText('- Các Phó Giám đốc Sở;').waitFor();
    // Issue 9: the letter's contact line and the glossary, seeded from the plan's words.
    await page.getByLabel('Người liên hệ').fill('bà Nguyễn Thị Hoa, Văn phòng Sở');
    await page.getByLabel('Điện thoại liên hệ').fill('0213.3876.123');
    const glossary = page.getByLabel('Chữ viết tắt', { exact: true });
    expect(await glossary.inputValue()).toContain('CĐS: chuyển đổi số');
    await glossary.fill(`${await glossary.inputValue()}\nKTXH: kinh tế - xã hội`);
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await formItem(page, 'Chữ viết tắt của cơ quan')
      .getByText('Chữ viết tắt chỉ gồm chữ in hoa không dấu', { exact: false })
      .waitFor();
    await shot(page, 'settings-validation');

    await page.getByLabel('Chữ viết tắt của cơ quan').fill('SKHCN');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await toast(page, 'Đã lưu cài đặt').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Cài đặt' }).waitFor();
    await expect
      .poll(() => page.getByLabel('Họ và tên người ký').inputValue())
      .toBe('Nguyễn Văn An');
    expect(await page.getByLabel('Nơi nhận').inputValue()).toBe(
      'Như trên\nBộ Khoa học và Công nghệ\nCác Phó Giám đốc Sở',
    );
    expect(await page.getByLabel('Người liên hệ').inputValue()).toBe(
      'bà Nguyễn Thị Hoa, Văn phòng Sở',
    );
    expect(await page.getByLabel('Điện thoại liên hệ').inputValue()).toBe('0213.3876.123');
    expect(await page.getByLabel('Chữ viết tắt', { exact: true }).inputValue()).toContain(
      'KTXH: kinh tế - xã hội',
    );
    const printed =
      (await page.getByRole('region', { name: 'Xem trước văn bản' }).textContent()) ?? '';
    expect(printed).toContain('Nguyễn Văn An');
    expect(printed).toContain('- Lưu: VT, VP.');
    await shot(page, 'settings');
  });

  it('nhập kế hoạch mới từ Excel: lỗi tệp và lỗi số hiện rõ; xem trước rồi nhập, rồi chuyển kế hoạch', async () => {
    await openScreen('Kế hoạch');
    await page.getByRole('button', { name: 'Nhập kế hoạch mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập kế hoạch mới từ Excel' });
    await dialog.getByLabel('Tên kế hoạch').fill(SECOND_PLAN.title);
    await dialog.getByLabel('Số', { exact: true }).fill('12/KH');
    await dialog.getByLabel('Cơ quan ban hành').fill(SECOND_PLAN.issuer);
    const input = dialog.locator('input[type=file]');
    await input.setInputFiles({
      name: 'KeHoach.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7 không phải bảng tính'),
    });
    await dialog.getByText('KeHoach.pdf').waitFor();
    // The details are checked first: the number's message sits under its field.
    await dialog.getByRole('button', { name: 'Xem trước' }).click();
    await dialog
      .getByText('Số kế hoạch chỉ gồm chữ số (ví dụ: 35); ký hiệu nhập ở ô riêng.')
      .waitFor();
    await dialog.getByLabel('Số', { exact: true }).fill(SECOND_PLAN.number);
    // Editing the field takes its message away.
    await dialog.getByText('Số kế hoạch chỉ gồm chữ số').waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Xem trước' }).click();
    await dialog.locator('.ant-alert-error').getByText(/PDF/).waitFor();
    expect(await dialog.getByRole('button', { name: 'Nhập kế hoạch' }).isDisabled()).toBe(true);

    const good = await secondPlanFile();
    await input.setInputFiles({
      name: good.name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(good.data, 'base64'),
    });
    await dialog.getByRole('button', { name: 'Xem trước' }).click();
    await dialog.getByRole('tab', { name: 'Nhiệm vụ (3)' }).waitFor();
    await dialog.getByText('Phủ sóng 5G các trung tâm xã').waitFor();
    await shot(page, 'plan-import');
    await dialog.getByRole('button', { name: 'Nhập kế hoạch' }).click();
    await toast(
      page,
      'Đã nhập kế hoạch với 3 nhiệm vụ và 0 chỉ tiêu; đang theo dõi kế hoạch này.',
    ).waitFor();
    await page.getByRole('banner').getByText(`Kế hoạch: ${SECOND_PLAN.title}`).waitFor();
    const c = await call(app.backend.dispatch, 'catalogue.get', {});
    const second = c.plans.find((p) => p.title === SECOND_PLAN.title)!;
    expect(second).toMatchObject({ number: SECOND_PLAN.number, issuer: SECOND_PLAN.issuer });
    expect(c.activePlanId).toBe(second.id);
    const switcher = page.getByRole('combobox', { name: 'Kế hoạch đang theo dõi' });
    await shot(page, 'plan-switch');
    await openScreen('Nhiệm vụ');
    await expectCount(page, 'Hiển thị 3 / 3 nhiệm vụ');
    await page.getByText('Phủ sóng 5G các trung tâm xã').waitFor();
    // Agencies count the tasks of the tracked plan, as the list their count opens.
    await openScreen('Đơn vị');
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('khoa hoc va cong nghe');
    await page.getByRole('button', { name: 'Xem 2 nhiệm vụ của Sở Khoa học và Công nghệ' }).click();
    await expectCount(page, 'Hiển thị 2 / 3 nhiệm vụ');
    // The choice is kept in the database: a reload shows the same plan.
    await page.reload();
    await page.getByRole('banner').getByText(`Kế hoạch: ${SECOND_PLAN.title}`).waitFor();
    expect((await call(app.backend.dispatch, 'catalogue.get', {})).activePlanId).toBe(second.id);

    const seeded = (await call(app.backend.dispatch, 'catalogue.get', {})).plans[0]!;
    await openScreen('Kế hoạch');
    await choose(
      page,
      switcher,
      seeded.number ? `${seeded.number}/${seeded.symbol}` : seeded.title,
    );
    await page.getByRole('banner').getByText(`Kế hoạch: ${seeded.title}`).waitFor();
    await openScreen('Nhiệm vụ');
    await expectCount(page, 'Hiển thị 75 / 75 nhiệm vụ');
  });

  it('mỗi mục trong thanh bên mở đúng màn hình; không có lỗi trong trình duyệt', async () => {
    for (const name of ['Kế hoạch', 'Nhiệm vụ', 'Chỉ tiêu', 'Đơn vị', 'Cài đặt']) {
      await openScreen(name);
      expect(await page.title()).toBe(`${name} – Tổng hợp Báo cáo`);
    }
    expect(problems).toEqual([]);
  });
});
