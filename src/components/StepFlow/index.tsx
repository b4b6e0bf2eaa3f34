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
  readonly steps: readonly { title: string; text?: string }[];
  readonly caption: string;
}

const WIDTH = 480;
const PAD = 12;
const BADGE = 40;
const ARROW = 30;
const TEXT_X = BADGE + 2 * PAD + 4;
const INNER = WIDTH - TEXT_X - PAD;

// Layout is computed outside the component: it is pure arithmetic on the props.
function drawSteps(steps: Props['steps']): { shapes: ReactNode[]; height: number } {
  let y = 2;
  const shapes = steps.map((step, index) => {
    const title = wrapText(step.title, INNER, FONT_SIZE);
    const text = step.text ? wrapText(step.text, INNER, FONT_SIZE) : [];
    const height = Math.max(BADGE + 2 * PAD, PAD * 2 + (title.length + text.length) * LINE_HEIGHT);
    const top = y;
    y += height + (index < steps.length - 1 ? ARROW : 0);
    return (
      <g key={index}>
        <rect x={2} y={top} width={WIDTH - 4} height={height} rx={10} className={s.box} />
        <circle
          cx={PAD + 2 + BADGE / 2}
          cy={top + PAD + BADGE / 2}
          r={BADGE / 2}
          className={s.boxStrong}
        />
        <text
          x={PAD + 2 + BADGE / 2}
          y={top + PAD + BADGE / 2 + 7}
          textAnchor="middle"
          fontSize={20}
          className={s.textOnStrong}>
          {index + 1}
        </text>
        <TitledText title={title} body={text} x={TEXT_X} y={top + PAD + FONT_SIZE} />
        {index < steps.length - 1 && (
          <path
            d={`M ${WIDTH / 2} ${top + height + 3} v ${ARROW - 10} m -7 -8 l 7 8 l 7 -8`}
            className={s.connector}
          />
        )}
      </g>
    );
  });
  return { shapes, height: y + 2 };
}

/** Numbered steps in order, joined by arrows (e.g. the referral roadmap). */
export default function StepFlow({ steps, caption }: Props): ReactNode {
  const { shapes, height } = drawSteps(steps);
  return (
    <DiagramFigure
      caption={caption}
      width={WIDTH}
      height={height}
      textVersion={<TitledList entries={steps} />}>
      {shapes}
    </DiagramFigure>
  );
}
