import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type RGB } from 'pdf-lib';

import {
  ACCENT,
  HEIGHT,
  INK,
  MARGIN,
  TEXT_WIDTH,
  WIDTH,
  centred,
  drawFrame,
  nameSize,
  wrap,
} from './pdfLayout';
import { TaggedPdf, type StructureType } from './pdfTags';

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
  /** Course certificates: a line that introduces the list, and one line per module (title, score, study time). */
  readonly modules?: { readonly heading: string; readonly lines: readonly string[] };
  readonly score: string;
  /** The module's estimated study time, or the course's total. */
  readonly studyTime: string;
  readonly date: string;
  /** The learner's own declaration, with their name. */
  readonly declaration: string;
  /** The site's name and address. */
  readonly issuer: string;
  readonly id: string;
  /** The content edition and the quiz version(s). */
  readonly edition: string;
  readonly selfIssued: string;
  readonly credit: string;
  readonly site: string;
}

export interface CertificateFonts {
  readonly regular: ArrayBuffer | Uint8Array;
  readonly bold: ArrayBuffer | Uint8Array;
}

/** One paragraph of the certificate: centred, wrapped, followed by a gap (points, at full size). */
interface Block {
  readonly type: StructureType;
  readonly text: string;
  readonly font: PDFFont;
  readonly size: number;
  readonly gap: number;
  readonly color?: RGB;
}

/** Baseline of the first line, and the lowest the last line's baseline may go (inside the frame). */
const TOP = HEIGHT - MARGIN - 60;
const BOTTOM = MARGIN;
const LINE_HEIGHT = 1.35;

/** The smallest scale the text may shrink to; a course list of ten modules needs about 0.95. */
const MIN_SCALE = 0.6;

/** How far below the first baseline the last baseline falls, at the scale. */
function depth(blocks: readonly Block[], scale: number): number {
  let total = 0;
  blocks.forEach((block, index) => {
    const size = block.size * scale;
    const lines = wrap(block.text, block.font, size, TEXT_WIDTH).length;
    const last = index === blocks.length - 1;
    // The last block counts down to its last baseline, without its gap.
    total += last
      ? (lines - 1) * size * LINE_HEIGHT
      : lines * size * LINE_HEIGHT + block.gap * scale;
  });
  return total;
}

/** The largest scale (1 at most) at which every block fits between TOP and BOTTOM. */
function fittingScale(blocks: readonly Block[]): number {
  for (let scale = 1; scale > MIN_SCALE; scale -= 0.025) {
    if (depth(blocks, scale) <= TOP - BOTTOM) return scale;
  }
  return MIN_SCALE;
}

function certificateBlocks(texts: CertificateTexts, regular: PDFFont, bold: PDFFont): Block[] {
  const p = (text: string, font: PDFFont, size: number, gap: number): Block => ({
    type: 'P',
    text,
    font,
    size,
    gap,
  });
  const list = texts.modules
    ? [
        p(texts.modules.heading, bold, 11, 4),
        ...texts.modules.lines.map((line, index, lines) =>
          p(line, regular, 10, index === lines.length - 1 ? 14 : 1.5),
        ),
      ]
    : [];
  return [
    { type: 'H1', text: texts.heading, font: bold, size: 26, gap: 30, color: ACCENT },
    p(texts.intro, regular, 13, 18),
    p(texts.name, bold, nameSize(texts.name, bold), 18),
    p(texts.completed, regular, 13, 10),
    p(texts.subject, bold, 17, 16),
    ...list,
    p(texts.score, regular, 13, 4),
    p(texts.studyTime, regular, 13, 4),
    p(texts.date, regular, 13, 28),
    p(texts.declaration, regular, 12, 18),
    p(texts.issuer, regular, 11, 4),
    p(texts.id, regular, 11, 0),
    p(texts.edition, regular, 10, 20),
    p(texts.selfIssued, regular, 10, 12),
    p(texts.credit, regular, 9, 0),
  ];
}

/**
 * A one-page A4 certificate with the font embedded (subset), so that Latin
 * and Cyrillic names print the same everywhere; tagged, so that a screen
 * reader reads it in order and in its language. A course certificate lists
 * every module: where the page would overflow (a long name, long titles),
 * all text shrinks together until it fits inside the frame. Runs in the browser.
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

  tags.artifact(page, () => drawFrame(page));

  const blocks = certificateBlocks(texts, regular, bold);
  const scale = fittingScale(blocks);
  let y = TOP;
  for (const block of blocks) {
    y =
      tags.text(page, block.type, () =>
        centred(page, block.text, block.font, block.size * scale, y, block.color ?? INK),
      ) -
      block.gap * scale;
  }
  tags.finish();
  return pdf.save();
}
