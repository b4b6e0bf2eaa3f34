import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';

import { ACCENT, HEIGHT, MARGIN, WIDTH, centred, drawFrame, nameSize } from './pdfLayout';

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

  drawFrame(page);

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
