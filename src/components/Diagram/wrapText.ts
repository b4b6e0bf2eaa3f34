/**
 * SVG has no automatic line wrapping. Diagrams are rendered at build time, so
 * lines are broken by an estimate of the text width: Noto Sans averages about
 * 0.55 em per character in Latin and Cyrillic alike.
 */
export const AVERAGE_CHAR_EM = 0.55;

export function wrapText(text: string, widthPx: number, fontSizePx: number): string[] {
  const maxChars = Math.max(8, Math.floor(widthPx / (fontSizePx * AVERAGE_CHAR_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    // A single word longer than the line is split rather than overflowing.
    while (line.length > maxChars) {
      lines.push(`${line.slice(0, maxChars - 1)}-`);
      line = line.slice(maxChars - 1);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Bulleted items, each wrapped to the box width. */
export function wrapBullets(
  items: readonly string[] | undefined,
  widthPx: number,
  fontSizePx: number,
): string[] {
  return (items ?? []).flatMap((item) => wrapText(`• ${item}`, widthPx, fontSizePx));
}
