import { useId, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';

import styles from './styles.module.css';
import { wrapBullets, wrapText } from './wrapText';

export { wrapBullets, wrapText };

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
  // The text version follows the figure rather than sitting in it: a <figure> may hold
  // nothing after its <figcaption> (HTML; the Nu Html Checker reports it).
  return (
    <div className={styles.figure} data-diagram>
      <figure className={styles.picture}>
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
      </figure>
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
    </div>
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

interface TitledTextProps {
  readonly title: string[];
  readonly body?: string[];
  readonly x: number;
  /** Baseline of the title's first line. */
  readonly y: number;
  readonly anchor?: 'start' | 'middle';
}

/** A bold title with body lines under it: the content of most diagram boxes. */
export function TitledText({ title, body = [], x, y, anchor }: TitledTextProps): ReactNode {
  return (
    <>
      <TextBlock lines={title} x={x} y={y} anchor={anchor} bold />
      {body.length > 0 && (
        <TextBlock lines={body} x={x} y={y + title.length * LINE_HEIGHT} anchor={anchor} />
      )}
    </>
  );
}

export interface TitledEntry {
  readonly title: string;
  readonly text?: string;
  readonly items?: readonly string[];
}

/** The text version of a diagram made of titled boxes: a list of titles, texts and items. */
export function TitledList({
  entries,
  ordered = true,
}: {
  readonly entries: readonly TitledEntry[];
  readonly ordered?: boolean;
}): ReactNode {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List>
      {entries.map((entry) => (
        <li key={entry.title}>
          <strong>{entry.title}</strong>
          {entry.text ? `: ${entry.text}` : null}
          {entry.items && entry.items.length > 0 && (
            <ul>
              {entry.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </List>
  );
}

export const diagramStyles = styles;
