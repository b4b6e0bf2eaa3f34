import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';

import type { CertificateFonts } from './certificatePdf';
import { ACCENT, HEIGHT, INK, MARGIN, WIDTH, centred, drawFrame, nameSize } from './pdfLayout';
import { TaggedPdf } from './pdfTags';

/** The lines of a certificate of attendance, translated and filled in, except the name. */
export interface AttendanceTexts {
  /** BCP 47 language of the texts: the PDF's /Lang. */
  readonly language: string;
  readonly documentTitle: string;
  readonly heading: string;
  readonly intro: string;
  readonly attended: string;
  readonly training: string;
  readonly basedOn: string;
  readonly dateAndPlace: string;
  readonly trainer: string;
  readonly signature: string;
  readonly credit: string;
  readonly site: string;
}

/**
 * Certificates of attendance: one A4 page per participant, the font embedded (subset) so that
 * names in Latin and Cyrillic letters print the same everywhere. Runs in the browser: the
 * names never leave the trainer's device.
 */
export async function attendancePdf(
  texts: AttendanceTexts,
  names: readonly string[],
  fonts: CertificateFonts,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(texts.documentTitle);
  pdf.setCreator(texts.site);
  pdf.setProducer(texts.site);
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  const tags = new TaggedPdf(pdf, texts.language);
  for (const name of names) {
    const page = pdf.addPage([WIDTH, HEIGHT]);
    const line = (...args: Parameters<typeof centred>) =>
      tags.text(page, 'P', () => centred(...args));
    tags.artifact(page, () => drawFrame(page));
    let y = HEIGHT - MARGIN - 70;
    y = tags.text(page, 'H1', () => centred(page, texts.heading, bold, 26, y, ACCENT)) - 34;
    y = line(page, texts.intro, regular, 13, y) - 18;
    y = line(page, name, bold, nameSize(name, bold), y) - 18;
    y = line(page, texts.attended, regular, 13, y) - 10;
    y = line(page, texts.training, bold, 17, y) - 8;
    y = line(page, texts.basedOn, regular, 12, y) - 16;
    y = line(page, texts.dateAndPlace, regular, 13, y) - 70;
    // A line to sign on, above the trainer's name.
    tags.artifact(page, () =>
      page.drawLine({
        start: { x: WIDTH / 2 - 110, y },
        end: { x: WIDTH / 2 + 110, y },
        thickness: 0.75,
        color: INK,
      }),
    );
    y = line(page, texts.signature, regular, 10, y - 14) - 2;
    line(page, texts.trainer, regular, 12, y);
    line(page, texts.credit, regular, 9, MARGIN + 40);
  }
  tags.finish();
  return pdf.save();
}
