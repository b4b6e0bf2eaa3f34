import type { ComponentProps, ReactNode } from 'react';

/**
 * A Markdown table. Infima makes every table its own scroll box (display:
 * block, overflow: auto), so a table wider than a phone scrolls inside itself
 * instead of widening the page. Long translated words (Hungarian
 * munkaerő-kizsákmányolásra) make a table overflow where the English did not;
 * focusable, it can be scrolled with the keyboard, as the theme's code blocks
 * can (WCAG 2.1.1; axe scrollable-region-focusable).
 */
export default function Table(props: ComponentProps<'table'>): ReactNode {
  return <table tabIndex={0} {...props} />;
}
