// The number of a document the office issues or cites (report, reminder letter, the plan), per
// ND30 (Nghị định 30/2020/NĐ-CP, Phụ lục I): its order in the year, in Arabic digits only, with a
// leading zero below 10 ("05/BC-SKHCN"). The symbol after the slash is kept apart, and a letter
// such as "12a" is not a number the decree allows.

/** What a clerk may type: digits, not all zeros ("5", "05", "12"). */
export const DOC_NUMBER = /^0*[1-9]\d*$/;

/** The number as the document prints it ("5" → "05", "007" → "07"), or null when not valid. */
export function docNumber(input: string): string | null {
  const s = input.trim();
  if (!DOC_NUMBER.test(s)) return null;
  return s.replace(/^0+/, '').padStart(2, '0');
}
