import {
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/** The structure types the certificates use: a title and lines of text. */
export type StructureType = 'H1' | 'P';

/**
 * Makes a pdf-lib document a tagged PDF, which pdf-lib cannot do by itself: a
 * screen reader then reads the certificate as a heading and paragraphs in
 * order, in its language, and skips the decorative frame. Everything drawn on
 * a page goes through `text` (a structure element) or `artifact`, each
 * wrapped in marked content (BDC/EMC) that the structure tree points to by
 * its MCID (PDF 1.7, 14.7 and 14.8). Call `finish` once, before `save`.
 */
export class TaggedPdf {
  private readonly document: PDFRef;
  private readonly root: PDFRef;
  private readonly elements: PDFRef[] = [];
  /** Per page in order: the structure elements of its MCIDs 0, 1, … */
  private readonly pages: { page: PDFPage; marked: PDFRef[] }[] = [];

  constructor(
    private readonly pdf: PDFDocument,
    language: string,
  ) {
    const context = pdf.context;
    this.root = context.nextRef();
    this.document = context.nextRef();
    const catalog = pdf.catalog;
    catalog.set(PDFName.of('Lang'), PDFString.of(language));
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    catalog.set(PDFName.of('StructTreeRoot'), this.root);
    // Viewers show the title (set by the caller), not the file name.
    catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));
  }

  private entry(page: PDFPage) {
    let entry = this.pages.find((candidate) => candidate.page === page);
    if (!entry) {
      entry = { page, marked: [] };
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(this.pages.length));
      // Tab order follows the structure.
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      this.pages.push(entry);
    }
    return entry;
  }

  /** Draws text as one structure element of the given type. */
  text<T>(page: PDFPage, type: StructureType, draw: () => T): T {
    const entry = this.entry(page);
    const mcid = entry.marked.length;
    const element = this.pdf.context.register(
      this.pdf.context.obj({
        Type: 'StructElem',
        S: type,
        P: this.document,
        Pg: page.ref,
        K: mcid,
      }),
    );
    entry.marked.push(element);
    this.elements.push(element);
    // The property list is written inline, as PDF syntax (pdf-lib's operators take no dictionary).
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
        PDFName.of(type),
        `<< /MCID ${mcid} >>`,
      ]),
    );
    const result = draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    return result;
  }

  /** Draws decoration that assistive technology should skip. */
  artifact(page: PDFPage, draw: () => void): void {
    this.entry(page);
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Writes the structure tree: Document › H1, P, … in drawing order. */
  finish(): void {
    const context = this.pdf.context;
    context.assign(
      this.document,
      context.obj({ Type: 'StructElem', S: 'Document', P: this.root, K: this.elements }),
    );
    const nums = this.pages.flatMap((entry, index) => [index, entry.marked]);
    context.assign(
      this.root,
      context.obj({
        Type: 'StructTreeRoot',
        K: this.document,
        ParentTree: context.register(context.obj({ Nums: nums })),
        ParentTreeNextKey: this.pages.length,
      }),
    );
  }
}
