import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';

import { ACCENT, HEIGHT, MARGIN, WIDTH, centred, drawFrame, nameSize } from './pdfLayout';
import { TaggedPdf } from './pdfTags';

/** Every line of a certificate, already translated and filled in. */
export interface CertificateTexts {
  /** BCP 47 language of the texts: the PDF's /Lang. */
  readonly language: string;
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
 * and Cyrillic names print the same everywhere; tagged, so that a screen
 * reader reads it in order and in its language. Runs in the browser.
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
  const tags = new TaggedPdf(pdf, texts.language);
  const line = (...args: Parameters<typeof centred>) =>
    tags.text(page, 'P', () => centred(...args));

  tags.artifact(page, () => drawFrame(page));

  let y = HEIGHT - MARGIN - 60;
  y = tags.text(page, 'H1', () => centred(page, texts.heading, bold, 26, y, ACCENT)) - 30;
  y = line(page, texts.intro, regular, 13, y) - 18;
  y = line(page, texts.name, bold, nameSize(texts.name, bold), y) - 18;
  y = line(page, texts.completed, regular, 13, y) - 10;
  y = line(page, texts.subject, bold, 17, y) - 16;
  y = line(page, texts.score, regular, 13, y) - 4;
  y = line(page, texts.date, regular, 13, y) - 40;
  y = line(page, texts.id, regular, 11, y);
  y = line(page, texts.versions, regular, 10, y) - 24;
  y = line(page, texts.selfIssued, regular, 10, y) - 12;
  line(page, texts.credit, regular, 9, y);
  tags.finish();
  return pdf.save();
}
