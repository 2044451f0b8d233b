// A document printed to PDF through Chromium (Electron's printToPDF in the desktop app): each
// section printed on its own so that its pages are numbered from 1, then the parts joined.
import { PDFDocument } from 'pdf-lib';
import type { DocumentContent } from './document-model';
import type { HtmlPrinter } from './html-printer';
import { sectionHtml } from './html-print-writer';

export async function printDocument(
  content: DocumentContent,
  printer: HtmlPrinter,
): Promise<Uint8Array> {
  const parts = await Promise.all(content.sections.map((s) => printer(sectionHtml(content, s))));
  const out = await PDFDocument.create();
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes);
    for (const page of await out.copyPages(part, part.getPageIndices())) out.addPage(page);
  }
  out.setTitle(content.title.normalize('NFC'));
  out.setAuthor(content.creator.normalize('NFC'));
  out.setCreator('Tổng hợp Báo cáo');
  out.setProducer('Tổng hợp Báo cáo (Chromium printToPDF)');
  out.setLanguage('vi-VN');
  return out.save();
}
