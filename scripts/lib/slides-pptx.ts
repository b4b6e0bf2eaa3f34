import PptxGenJS from 'pptxgenjs';

import type { Deck } from '../../src/plugins/slides/schema';

/** A picture of a slide's diagram, taken from the deck page. */
export interface DiagramImage {
  /** PNG as a data URL. */
  readonly data: string;
  readonly width: number;
  readonly height: number;
}

export interface DeckTexts {
  /** The title slide's line above the title, e.g. "Early Identification day · 15:30". */
  readonly kicker: string;
  /** The site's credit line, in the page's language. */
  readonly credit: string;
  /** BCP 47 language of the text, e.g. bg-BG. */
  readonly lang: string;
}

// PowerPoint's 16:9 slide, in inches.
const WIDTH = 10;
const HEIGHT = 5.625;
const MARGIN = 0.5;
const FONT = 'Arial';
const INK = '1C1E21';
const MUTED = '555555';

/** Fits a picture into a box, keeping its proportions, centred. */
function contain(image: DiagramImage, box: { x: number; y: number; w: number; h: number }) {
  const scale = Math.min(box.w / image.width, box.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/**
 * The deck as an editable PowerPoint file: every slide as text boxes a trainer can change,
 * the diagrams as pictures (with their caption as alternative text), the speaker notes as
 * notes, and the credit on every slide.
 */
export async function deckToPptx(
  deck: Deck,
  texts: DeckTexts,
  diagrams: ReadonlyMap<number, DiagramImage>,
): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.title;
  pptx.subject = deck.summary;
  pptx.company = 'Safe! project, "Voices from the field"';
  const total = deck.slides.length + 1;
  const base = { fontFace: FONT, color: INK, lang: texts.lang, margin: 0 } as const;

  const footer = (slide: PptxGenJS.Slide, number: number) => {
    slide.addShape('line', {
      x: MARGIN,
      y: HEIGHT - 0.5,
      w: WIDTH - 2 * MARGIN,
      h: 0,
      line: { color: 'BBBBBB', width: 0.75 },
    });
    slide.addText(texts.credit, {
      ...base,
      x: MARGIN,
      y: HEIGHT - 0.45,
      w: WIDTH - 2 * MARGIN - 0.6,
      h: 0.38,
      fontSize: 7,
      color: MUTED,
      valign: 'top',
    });
    slide.addText(`${number} / ${total}`, {
      ...base,
      x: WIDTH - MARGIN - 0.6,
      y: HEIGHT - 0.45,
      w: 0.6,
      h: 0.2,
      fontSize: 8,
      color: MUTED,
      align: 'right',
      valign: 'top',
    });
  };

  const title = pptx.addSlide();
  title.addText(texts.kicker.toUpperCase(), {
    ...base,
    x: MARGIN,
    y: 1.2,
    w: WIDTH - 2 * MARGIN,
    h: 0.35,
    fontSize: 12,
    color: MUTED,
  });
  title.addText(deck.title, {
    ...base,
    x: MARGIN,
    y: 1.6,
    w: WIDTH - 2 * MARGIN,
    h: 1.3,
    fontSize: 30,
    bold: true,
    valign: 'top',
    fit: 'shrink',
  });
  title.addText(deck.summary, {
    ...base,
    x: MARGIN,
    y: 3.0,
    w: WIDTH - 2 * MARGIN,
    h: 1.3,
    fontSize: 15,
    valign: 'top',
    fit: 'shrink',
  });
  title.addNotes(deck.summary);
  footer(title, 1);

  deck.slides.forEach((content, index) => {
    const slide = pptx.addSlide();
    const number = index + 2;
    slide.addText(content.title, {
      ...base,
      x: MARGIN,
      y: 0.35,
      w: WIDTH - 2 * MARGIN,
      h: 0.85,
      fontSize: 24,
      bold: true,
      valign: 'top',
      fit: 'shrink',
    });
    const image = content.diagram ? diagrams.get(number) : undefined;
    if (content.diagram && !image)
      throw new Error(`slide ${number} of "${deck.title}" has a diagram but no picture of it`);
    const body = { y: 1.35, h: HEIGHT - 1.35 - 0.95 };
    if (content.points) {
      slide.addText(
        content.points.map((point) => ({
          text: point,
          options: { bullet: true, breakLine: true },
        })),
        {
          ...base,
          x: MARGIN,
          ...body,
          w: image ? 4.4 : WIDTH - 2 * MARGIN,
          fontSize: 18,
          valign: 'top',
          paraSpaceAfter: 6,
          fit: 'shrink',
        },
      );
    }
    if (image && content.diagram) {
      const box = content.points
        ? { x: 5.1, ...body, w: WIDTH - MARGIN - 5.1 }
        : { x: MARGIN, ...body, w: WIDTH - 2 * MARGIN };
      slide.addImage({
        data: image.data,
        ...contain(image, box),
        altText: content.diagram.caption,
      });
    }
    if (content.source) {
      slide.addText(content.source, {
        ...base,
        x: MARGIN,
        y: HEIGHT - 0.85,
        w: WIDTH - 2 * MARGIN,
        h: 0.3,
        fontSize: 9,
        color: MUTED,
        valign: 'top',
      });
    }
    slide.addNotes(content.notes);
    footer(slide, number);
  });

  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
