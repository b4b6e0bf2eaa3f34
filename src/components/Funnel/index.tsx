import type { ReactNode } from 'react';

import {
  DiagramFigure,
  FONT_SIZE,
  LINE_HEIGHT,
  TitledList,
  TitledText,
  diagramStyles as s,
  wrapText,
} from '../Diagram';

export interface Props {
  readonly levels: readonly { title: string; text?: string }[];
  readonly caption: string;
}

const WIDTH = 480;
const PAD = 12;
const MIN_WIDTH = 230;
const GAP = 6;

// Layout is computed outside the component: it is pure arithmetic on the props.
function drawLevels(levels: Props['levels']): { shapes: ReactNode[]; height: number } {
  let y = 2;
  const count = levels.length;
  const shapes = levels.map((level, index) => {
    const topWidth = WIDTH - 4 - ((WIDTH - 4 - MIN_WIDTH) * index) / count;
    const bottomWidth = WIDTH - 4 - ((WIDTH - 4 - MIN_WIDTH) * (index + 1)) / count;
    const inner = bottomWidth - 2 * PAD - 10;
    const title = wrapText(level.title, inner, FONT_SIZE);
    const text = level.text ? wrapText(level.text, inner, FONT_SIZE) : [];
    const height = PAD * 2 + (title.length + text.length) * LINE_HEIGHT;
    const top = y;
    const left = (WIDTH - topWidth) / 2;
    const bottomLeft = (WIDTH - bottomWidth) / 2;
    y += height + GAP;
    return (
      <g key={index}>
        <polygon
          points={`${left},${top} ${left + topWidth},${top} ${bottomLeft + bottomWidth},${top + height} ${bottomLeft},${top + height}`}
          className={s.box}
        />
        <TitledText
          title={title}
          body={text}
          x={WIDTH / 2}
          y={top + PAD + FONT_SIZE}
          anchor="middle"
        />
      </g>
    );
  });
  return { shapes, height: y };
}

/** From broad to narrow, e.g. the questioning funnel: each level a narrower band. */
export default function Funnel({ levels, caption }: Props): ReactNode {
  const { shapes, height } = drawLevels(levels);
  return (
    <DiagramFigure
      caption={caption}
      width={WIDTH}
      height={height}
      textVersion={<TitledList entries={levels} />}>
      {shapes}
    </DiagramFigure>
  );
}
