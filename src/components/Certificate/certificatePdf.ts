import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** Every line of a certificate, already translated and filled in. */
export interface CertificateTexts {
  readonly documentTitle: string;
  readonly heading: string;
  readonly intro: string;
  readonly name: string;
  readonly completed: string;
  readonly subject: string;
  readonly score: string;
  readonly date: string;
  readonly id: string;
  readonly versions: string;
  readonly selfIssued: string;
  readonly credit: string;
  readonly site: string;
}

export interface CertificateFonts {
  readonly regular: ArrayBuffer | Uint8Array;
  readonly bold: ArrayBuffer | Uint8Array;
}

// A4 portrait, in PDF points.
const WIDTH = 595.28;
const HEIGHT = 841.89;
const MARGIN = 56;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
const ACCENT = rgb(0.1, 0.32, 0.46);

/** Splits text into lines that fit the width at the size. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
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
function centred(
  page: PDFPage,
  text: string,
  font: PDFFont,
  size: number,
  y: number,
  color = INK,
): number {
  let baseline = y;
  for (const line of wrap(text, font, size, TEXT_WIDTH)) {
    const lineWidth = font.widthOfTextAtSize(line, size);
    page.drawText(line, { x: (WIDTH - lineWidth) / 2, y: baseline, size, font, color });
    baseline -= size * 1.35;
  }
  return baseline;
}

/** The largest size (down to a floor) at which a name fits on two lines at most. */
function nameSize(name: string, font: PDFFont): number {
  for (let size = 30; size > 14; size -= 2) {
    if (wrap(name, font, size, TEXT_WIDTH).length <= 2) return size;
  }
  return 14;
}

/**
 * A one-page A4 certificate with the font embedded (subset), so that Latin
 * and Cyrillic names print the same everywhere. Runs in the browser.
 */
export async function certificatePdf(
  texts: CertificateTexts,
  fonts: CertificateFonts,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(texts.documentTitle);
  pdf.setCreator(texts.site);
  pdf.setProducer(texts.site);
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  const page = pdf.addPage([WIDTH, HEIGHT]);

  page.drawRectangle({
    x: MARGIN / 2,
    y: MARGIN / 2,
    width: WIDTH - MARGIN,
    height: HEIGHT - MARGIN,
    borderColor: ACCENT,
    borderWidth: 2,
  });

  let y = HEIGHT - MARGIN - 60;
  y = centred(page, texts.heading, bold, 26, y, ACCENT) - 30;
  y = centred(page, texts.intro, regular, 13, y) - 18;
  y = centred(page, texts.name, bold, nameSize(texts.name, bold), y) - 18;
  y = centred(page, texts.completed, regular, 13, y) - 10;
  y = centred(page, texts.subject, bold, 17, y) - 16;
  y = centred(page, texts.score, regular, 13, y) - 4;
  y = centred(page, texts.date, regular, 13, y) - 40;
  y = centred(page, texts.id, regular, 11, y);
  y = centred(page, texts.versions, regular, 10, y) - 24;
  y = centred(page, texts.selfIssued, regular, 10, y) - 12;
  centred(page, texts.credit, regular, 9, y);
  return pdf.save();
}
