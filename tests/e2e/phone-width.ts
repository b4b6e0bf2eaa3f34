import type { Page } from '@playwright/test';

/** The narrowest phone the site is made for (a 360 px wide Android screen). */
export const PHONE = { width: 360, height: 740 } as const;

export interface SidewaysOverflow {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  /** The outermost elements that reach past the right edge, as "tag.class: text". */
  readonly tooWide: string[];
}

/**
 * How far the page reaches past the screen at its current size, and, when it
 * does, the outermost elements that reach past it. An element inside its own
 * scroll box (a wide table in TableScroll, a code block) does not count: the
 * box scrolls, not the page. Waits two frames for the layout after a resize.
 */
export async function sidewaysOverflow(page: Page): Promise<SidewaysOverflow> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const { scrollWidth } = document.documentElement;
    // The usual case, cheap: nothing reaches past the screen. Only a page that
    // pans is walked, to name what is too wide.
    if (scrollWidth <= window.innerWidth)
      return { scrollWidth, innerWidth: window.innerWidth, tooWide: [] };
    const limit = window.innerWidth + 1;
    const clips = (element: Element) =>
      ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
    const tooWide: string[] = [];
    const visit = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') return;
      // Off-screen by design (skip links, visually hidden text, a closed drawer).
      const hidden = style.position === 'fixed' || style.position === 'absolute';
      if (box.width > 0 && box.right > limit && !hidden) {
        const name = `${element.tagName.toLowerCase()}${
          typeof element.className === 'string' && element.className
            ? `.${element.className.trim().split(/\s+/).slice(0, 2).join('.')}`
            : ''
        }`;
        const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        tooWide.push(`${name} (${Math.round(box.right)} px): ${text}`);
        return;
      }
      if (clips(element)) return;
      for (const child of Array.from(element.children)) visit(child);
    };
    for (const child of Array.from(document.body.children)) visit(child);
    return { scrollWidth, innerWidth: window.innerWidth, tooWide: tooWide.slice(0, 5) };
  });
}
