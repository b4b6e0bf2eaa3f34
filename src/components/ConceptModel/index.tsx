import type { ReactNode } from 'react';

import {
  DiagramFigure,
  FONT_SIZE,
  LINE_HEIGHT,
  TextBlock,
  TitledList,
  TitledText,
  diagramStyles as s,
  wrapBullets,
  wrapText,
} from '../Diagram';

export interface ConceptPart {
  readonly title: string;
  readonly subtitle?: string;
  readonly items?: readonly string[];
}

export interface Props {
  readonly parts: readonly ConceptPart[];
  readonly result: string;
  readonly caption: string;
}

const WIDTH = 480;
const PAD = 14;
const GAP = 38;
const INNER = WIDTH - 2 * PAD - 4;

// Layout is computed outside the component: it is pure arithmetic on the props.
function drawModel({ parts, result }: Props): { shapes: ReactNode[]; height: number } {
  let y = 2;
  const shapes: ReactNode[] = [];
  parts.forEach((part, index) => {
    const title = wrapText(part.title, INNER, FONT_SIZE);
    const body = [
      ...(part.subtitle ? wrapText(part.subtitle, INNER, FONT_SIZE) : []),
      ...wrapBullets(part.items, INNER, FONT_SIZE),
    ];
    const height = PAD * 2 + (title.length + body.length) * LINE_HEIGHT;
    const top = y;
    shapes.push(
      <g key={`part-${index}`}>
        <rect x={2} y={top} width={WIDTH - 4} height={height} rx={10} className={s.box} />
        <TitledText title={title} body={body} x={PAD + 2} y={top + PAD + FONT_SIZE} />
      </g>,
    );
    y = top + height;
    shapes.push(
      <text
        key={`symbol-${index}`}
        x={WIDTH / 2}
        y={y + GAP / 2 + 10}
        textAnchor="middle"
        fontSize={30}
        className={s.symbol}
        aria-hidden="true">
        {index < parts.length - 1 ? '+' : '='}
      </text>,
    );
    y += GAP;
  });
  const resultLines = wrapText(result, INNER, FONT_SIZE);
  const resultHeight = PAD * 2 + resultLines.length * LINE_HEIGHT;
  shapes.push(
    <g key="result">
      <rect x={2} y={y} width={WIDTH - 4} height={resultHeight} rx={10} className={s.boxStrong} />
      <TextBlock
        lines={resultLines}
        x={WIDTH / 2}
        y={y + PAD + FONT_SIZE}
        anchor="middle"
        className={s.textOnStrong}
      />
    </g>,
  );
  return { shapes, height: y + resultHeight + 2 };
}

/** Elements that together make a concept: Act + Means + Purpose = trafficking. */
export default function ConceptModel(props: Props): ReactNode {
  const { parts, result, caption } = props;
  const { shapes, height } = drawModel(props);
  return (
    <DiagramFigure
      caption={caption}
      width={WIDTH}
      height={height}
      textVersion={
        <>
          <TitledList
            entries={parts.map((part) => ({
              title: part.title,
              text: part.subtitle,
              items: part.items,
            }))}
          />
          <p>
            <strong>{`= ${result}`}</strong>
          </p>
        </>
      }>
      {shapes}
    </DiagramFigure>
  );
}
