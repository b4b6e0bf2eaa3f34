import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FUND_IN_CREDIT } from '../../src/config/credit';

/*
 * What a printed page looks like, read back from a PDF with poppler (pdftotext, pdftoppm):
 * where its lines of text stand, which of them are the credit line, and how far down the page
 * anything is printed. Used to check handouts and slides as a trainer would see them on paper.
 */

export interface PdfLine {
  readonly text: string;
  readonly yMin: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly height: number;
  readonly lines: readonly PdfLine[];
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every page of a PDF with its lines of text and their vertical position (points, from the top). */
export function pdfPages(file: string): PdfPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...xhtml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, height, body]) => ({
      height: Number(height),
      lines: [
        ...body!.matchAll(
          /<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
        ),
      ].map(([, yMin, yMax, words]) => ({
        yMin: Number(yMin),
        yMax: Number(yMax),
        text: [...words!.matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)]
          .map(([, word]) => decode(word!))
          .join(' '),
      })),
    }),
  );
}

/** How far (points: 3 mm) content must stay above the credit line's text. */
const CLEARANCE = 8.5;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Splits a page's lines into the credit at its foot and the content above it. The credit is
 * the run of lines at the bottom made only of the credit's own words (and, on slides, the
 * slide number "2 / 9").
 */
export function splitCredit(
  page: PdfPage,
  credit: string,
): { credit: PdfLine[]; content: PdfLine[] } {
  const creditWords = new Set(wordsOf(credit));
  const lines = [...page.lines].sort((a, b) => a.yMin - b.yMin);
  let first = lines.length;
  while (
    first > 0 &&
    (wordsOf(lines[first - 1]!.text).every((word) => creditWords.has(word)) ||
      /^\d+ \/ \d+$/.test(lines[first - 1]!.text.trim()))
  )
    first -= 1;
  return { credit: lines.slice(first), content: lines.slice(0, first) };
}

/**
 * What is wrong with the layout of each printed page, in words a person would use: the credit
 * missing, content running into or under it, or (with `fill`) a page with almost nothing on
 * it while the rest waits on the next. Empty when every page is right.
 */
export function creditAndFillProblems(
  file: string,
  credit: string,
  { fill = true }: { fill?: boolean } = {},
): string[] {
  const pages = pdfPages(file);
  const problems: string[] = [];
  const creditTops: number[] = [];
  pages.forEach((page, index) => {
    const where = `page ${index + 1} of ${pages.length}`;
    const { credit: creditLines, content } = splitCredit(page, credit);
    const creditText = creditLines.map((line) => line.text).join(' ');
    creditTops.push(
      creditLines.length > 0 ? Math.min(...creditLines.map((line) => line.yMin)) : page.height,
    );
    if (!/Safe!/.test(creditText) || !FUND_IN_CREDIT.test(creditText)) {
      problems.push(`${where}: no credit line at the foot of the page`);
      return;
    }
    // The credit has a rule 2 mm above it: content must end above that, with room to spare.
    for (const line of content) {
      if (line.yMax > creditTops[index]! - CLEARANCE)
        problems.push(`${where}: "${line.text}" runs into the credit line`);
    }
  });
  if (!fill) return problems;
  // Measured above the credit's rule.
  const ink = inkDepth(
    file,
    creditTops.map((top, index) => (top - 2 * CLEARANCE) / pages[index]!.height),
  );
  pages.forEach((page, index) => {
    const where = `page ${index + 1} of ${pages.length}`;
    // The share of the room above the credit on which something is printed (text or lines).
    const filled = ink[index]! / (creditTops[index]! / page.height);
    if (filled < 0.05) problems.push(`${where}: nothing printed above the credit line`);
    else if (index < pages.length - 1 && filled < 0.5)
      problems.push(
        `${where}: nearly empty (printed down to ${Math.round(filled * 100)}% of the page) while the content goes on on the next page`,
      );
  });
  return problems;
}

/**
 * For each page, how far down (0 to 1 of its height) the lowest mark above `limits[page]`
 * (a share of the height: the credit line) reaches: text, table borders and drawn boxes alike.
 * Reads a small greyscale rendering of the pages.
 */
export function inkDepth(file: string, limits: readonly number[]): number[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-ink-'));
  try {
    execFileSync('pdftoppm', ['-r', '24', '-gray', file, path.join(dir, 'page')]);
    const pages = readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]));
    return pages.map((name, index) => {
      const data = readFileSync(path.join(dir, name));
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.toString('latin1', 0, 40))!;
      const [width, height] = [Number(header[1]), Number(header[2])];
      const pixels = data.subarray(header[0].length);
      const limit = Math.floor((limits[index] ?? 1) * height) - 1;
      let lowest = 0;
      for (let row = 0; row < limit; row++) {
        for (let column = 0; column < width; column++) {
          if (pixels[row * width + column]! < 160) {
            lowest = row;
            break;
          }
        }
      }
      return lowest / height;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The credit line as a built page shows it in print (the handout's or slide's footer). */
export function builtCredit(htmlFile: string): string {
  const html = readFileSync(htmlFile, 'utf8');
  const footer = html.match(/<footer class=["']?credit_[^>]*>([\s\S]*?)<\/footer>/);
  if (!footer) throw new Error(`${htmlFile} has no credit footer`);
  return decode(footer[1]!.replace(/<[^>]+>/g, ' '));
}
