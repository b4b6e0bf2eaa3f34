import { useId, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';

import styles from './styles.module.css';
import { wrapText } from './wrapText';

export { wrapText };

export const FONT_SIZE = 17;
export const LINE_HEIGHT = 22;

interface FigureProps {
  /** What the diagram shows; also the accessible name of the picture. */
  readonly caption: string;
  readonly width: number;
  readonly height: number;
  /** The SVG content. */
  readonly children: ReactNode;
  /** The same information as text, for screen readers, print and anyone who prefers reading. */
  readonly textVersion: ReactNode;
}

/**
 * A diagram rendered as SVG at build time (no client-side runtime), with a
 * caption and a text version that carries all of its information.
 */
export function DiagramFigure({
  caption,
  width,
  height,
  children,
  textVersion,
}: FigureProps): ReactNode {
  const captionId = useId();
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={captionId}
        xmlns="http://www.w3.org/2000/svg">
        {children}
      </svg>
      <figcaption id={captionId} className={styles.caption}>
        {caption}
      </figcaption>
      <details className={styles.textVersion}>
        <summary>
          <Translate
            id="diagram.textVersion"
            description="Summary of the disclosure that shows a diagram as text">
            Text version
          </Translate>
        </summary>
        {textVersion}
      </details>
    </figure>
  );
}

interface TextBlockProps {
  readonly lines: string[];
  readonly x: number;
  readonly y: number;
  readonly anchor?: 'start' | 'middle';
  readonly bold?: boolean;
  readonly className?: string;
}

/** Lines of text in SVG, the first baseline at y. */
export function TextBlock({
  lines,
  x,
  y,
  anchor = 'start',
  bold,
  className,
}: TextBlockProps): ReactNode {
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      className={className ?? (bold ? styles.textBold : styles.text)}
      fontSize={FONT_SIZE}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export const diagramStyles = styles;
