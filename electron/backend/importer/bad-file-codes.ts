// Why a file could not be read at all. The reader pairs each code with a Vietnamese message saying
// what is wrong and what to do; callers branch on the code, show the message.

export type BadFileCode =
  /** 0 bytes, or a spreadsheet whose every sheet is blank. */
  | 'empty'
  /** Not a spreadsheet: text, CSV, an image, an archive of other files… */
  | 'not_spreadsheet'
  | 'pdf'
  /** Word or PowerPoint (OOXML, legacy binary, RTF, OpenDocument text). */
  | 'word'
  /** Password-protected workbook or password-protected zip. */
  | 'encrypted'
  /** Truncated or damaged file. */
  | 'corrupt'
  /** Bigger than the file-size limit. */
  | 'too_large'
  /** Compression that would expand far beyond what a report needs (a decompression bomb). */
  | 'zip_bomb'
  | 'too_many_cells'
  /** A workbook without any worksheet. */
  | 'no_sheets'
  /** Content built to attack a reader (XML entity declarations). */
  | 'hostile'
  /** A spreadsheet format we do not read (e.g. .xlsb); the message says how to convert it. */
  | 'unsupported';

export const BAD_FILE_CODES: readonly BadFileCode[] = [
  'empty',
  'not_spreadsheet',
  'pdf',
  'word',
  'encrypted',
  'corrupt',
  'too_large',
  'zip_bomb',
  'too_many_cells',
  'no_sheets',
  'unsupported',
  'hostile',
];
