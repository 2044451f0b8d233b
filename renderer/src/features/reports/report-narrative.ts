// The report's five sections as the editor shows them: one text box per section, one line per
// paragraph (the Word report prints each line as a paragraph).
import type { NarrativeSection } from '../../../../shared/domain/types';

export function sectionText(s: NarrativeSection): string {
  return s.paragraphs.join('\n');
}

export function narrativeTexts(sections: readonly NarrativeSection[]): string[] {
  return sections.map(sectionText);
}

/** Paragraphs of a text box: one per line, blank lines dropped, spaces at the ends trimmed. */
function textParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The sections with their paragraphs taken from the text boxes (titles unchanged). */
export function narrativeFromTexts(
  sections: readonly NarrativeSection[],
  texts: readonly string[],
): NarrativeSection[] {
  return sections.map((s, i) => ({
    key: s.key,
    title: s.title,
    paragraphs: textParagraphs(texts[i] ?? ''),
  }));
}

/** Whether the text boxes say something else than the sections (ignoring blank lines). */
export function narrativeChanged(
  sections: readonly NarrativeSection[],
  texts: readonly string[] | null,
): boolean {
  if (texts === null) return false;
  return sections.some(
    (s, i) =>
      textParagraphs(texts[i] ?? '').join('\n') !== textParagraphs(sectionText(s)).join('\n'),
  );
}
