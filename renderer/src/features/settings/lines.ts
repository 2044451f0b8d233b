/** Textarea "one per line" ↔ list, dropping blank lines and a leading "- " the user may type. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-–•]\s*/, '').trim())
    .filter((l) => l !== '');
}

export function listToLines(list: readonly string[]): string {
  return list.join('\n');
}
