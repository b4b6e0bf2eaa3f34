import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/*
 * The A4 certificate page shared by the learner's certificate and the trainer's certificates of
 * attendance. Only the PDF modules import it, and they load when a PDF is asked for.
 */

// A4 portrait, in PDF points.
export const WIDTH = 595.28;
export const HEIGHT = 841.89;
export const MARGIN = 56;
export const TEXT_WIDTH = WIDTH - 2 * MARGIN;
export const INK = rgb(0.1, 0.1, 0.12);
export const ACCENT = rgb(0.1, 0.32, 0.46);

/** Splits text into lines that fit the width at the size. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws centred, wrapped text from the baseline y downwards; returns the y below it. */
export function centred(
  page: PDFPage,
  text: string,
  font: PDFFont,
  size: number,
  y: number,
  color = INK,
): number {
  let baseline = y;
  const lines = wrap(text, font, size, TEXT_WIDTH);
  lines.forEach((line, index) => {
    const lineWidth = font.widthOfTextAtSize(line, size);
    // A wrapped line keeps its space (not counted in the centring), or text
    // extraction and screen readers run its last word into the next line's first.
    const drawn = index < lines.length - 1 ? `${line} ` : line;
    page.drawText(drawn, { x: (WIDTH - lineWidth) / 2, y: baseline, size, font, color });
    baseline -= size * 1.35;
  });
  return baseline;
}

/** The largest size (down to a floor) at which a name fits on two lines at most. */
export function nameSize(name: string, font: PDFFont): number {
  for (let size = 30; size > 14; size -= 2) {
    if (wrap(name, font, size, TEXT_WIDTH).length <= 2) return size;
  }
  return 14;
}

/** The certificate's frame, a margin in from the edge of the page. */
export function drawFrame(page: PDFPage): void {
  page.drawRectangle({
    x: MARGIN / 2,
    y: MARGIN / 2,
    width: WIDTH - MARGIN,
    height: HEIGHT - MARGIN,
    borderColor: ACCENT,
    borderWidth: 2,
  });
}
