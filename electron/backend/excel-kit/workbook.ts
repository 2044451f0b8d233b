// Writing a workbook with Times New Roman 12 as its default font.
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { BODY_SIZE, FONT } from './styles';

const TIMES_DEFAULT_FONT = `<font><sz val="${BODY_SIZE}"/><color theme="1"/><name val="${FONT}"/><family val="1"/></font>`;

/**
 * The workbook's bytes. ExcelJS always writes Calibri 11 as the default (Normal style) font and
 * offers no setting for it; it is replaced by Times New Roman 12 so that cells typed into later
 * match, and so that column widths (counted in digits of the default font) come out the same in
 * Excel and in LibreOffice, which has no Calibri on many machines and falls back to a wider font.
 */
export async function writeWorkbook(wb: ExcelJS.Workbook): Promise<Buffer> {
  // Stored, not deflated: the parts are unzipped and compressed once below anyway.
  const bytes = await wb.xlsx.writeBuffer({
    zip: { compression: 'STORE' },
  } as ExcelJS.XlsxWriteOptions);
  const files = unzipSync(new Uint8Array(bytes as ArrayBuffer));
  const styles = files['xl/styles.xml'];
  if (styles) {
    const xml = strFromU8(styles).replace(/<font>.*?<\/font>/, TIMES_DEFAULT_FONT);
    files['xl/styles.xml'] = strToU8(xml);
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}
