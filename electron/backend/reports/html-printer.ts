// What prints HTML to PDF (Electron's printToPDF in the desktop app) and how it is called; kept
// apart from chromium-pdf.ts so that the desktop shell does not load pdf-lib at start.

/** Prints one HTML document to PDF bytes. */
export type HtmlPrinter = (html: string) => Promise<Uint8Array>;

/** The page size and margins come from the document's @page rules, backgrounds are printed. */
export const PRINT_TO_PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true } as const;
