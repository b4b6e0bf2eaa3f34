import type { ReactNode } from 'react';

import {
  DiagramFigure,
  FONT_SIZE,
  LINE_HEIGHT,
  TextBlock,
  diagramStyles as s,
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

/** Elements that together make a concept: Act + Means + Purpose = trafficking. */
// Layout is computed outside the component: it is pure arithmetic on the props.
function drawModel({ parts, result }: Props): { shapes: ReactNode[]; height: number } {
  let y = 2;
  const shapes: ReactNode[] = [];
  parts.forEach((part, index) => {
    const title = wrapText(part.title, INNER, FONT_SIZE);
    const subtitle = part.subtitle ? wrapText(part.subtitle, INNER, FONT_SIZE) : [];
    const items = (part.items ?? []).flatMap((item) => wrapText(`• ${item}`, INNER, FONT_SIZE));
    const lines = title.length + subtitle.length + items.length;
    const height = PAD * 2 + lines * LINE_HEIGHT;
    const top = y;
    shapes.push(
      <g key={`part-${index}`}>
        <rect x={2} y={top} width={WIDTH - 4} height={height} rx={10} className={s.box} />
        <TextBlock lines={title} x={PAD + 2} y={top + PAD + FONT_SIZE} bold />
        {subtitle.length > 0 && (
          <TextBlock
            lines={subtitle}
            x={PAD + 2}
            y={top + PAD + FONT_SIZE + title.length * LINE_HEIGHT}
          />
        )}
        {items.length > 0 && (
          <TextBlock
            lines={items}
            x={PAD + 2}
            y={top + PAD + FONT_SIZE + (title.length + subtitle.length) * LINE_HEIGHT}
          />
        )}
      </g>,
    );
    y = top + height;
    const symbol = index < parts.length - 1 ? '+' : '=';
    shapes.push(
      <text
        key={`symbol-${index}`}
        x={WIDTH / 2}
        y={y + GAP / 2 + 10}
        textAnchor="middle"
        fontSize={30}
        className={s.symbol}
        aria-hidden="true">
        {symbol}
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
  y += resultHeight + 2;
  return { shapes, height: y };
}

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
          <ol>
            {parts.map((part) => (
              <li key={part.title}>
                <strong>{part.title}</strong>
                {part.subtitle ? `: ${part.subtitle}` : null}
                {part.items && part.items.length > 0 && (
                  <ul>
                    {part.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <p>
            <strong>{`= ${result}`}</strong>
          </p>
        </>
      }>
      {shapes}
    </DiagramFigure>
  );
}
