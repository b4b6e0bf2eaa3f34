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

export interface Sector {
  readonly title: string;
  readonly items?: readonly string[];
}

export interface Props {
  readonly center: string;
  readonly sectors: readonly Sector[];
  readonly caption: string;
}

const WIDTH = 480;
const PAD = 10;
const COLUMN = 180;
const ROW_GAP = 18;
const CENTRE_R = 62;

// Layout is computed outside the component: it is pure arithmetic on the props.
function drawSectors(sectors: Props['sectors']): { shapes: ReactNode[]; height: number } {
  const boxes = sectors.map((sector) => {
    const title = wrapText(sector.title, COLUMN - 2 * PAD, FONT_SIZE);
    const items = wrapBullets(sector.items, COLUMN - 2 * PAD, FONT_SIZE);
    return { title, items, height: PAD * 2 + (title.length + items.length) * LINE_HEIGHT };
  });
  const columns: (typeof boxes)[] = [[], []];
  boxes.forEach((box, index) => columns[index % 2]!.push(box));
  const columnHeights = columns.map(
    (column) =>
      column.reduce((sum, box) => sum + box.height, 0) + Math.max(0, column.length - 1) * ROW_GAP,
  );
  const height = Math.max(2 * CENTRE_R + 4, ...columnHeights) + 4;
  const centreX = WIDTH / 2;
  const centreY = height / 2;

  const shapes: ReactNode[] = [];
  columns.forEach((column, side) => {
    let y = (height - columnHeights[side]!) / 2;
    const left = side === 0 ? 2 : WIDTH - 2 - COLUMN;
    column.forEach((box, index) => {
      const edgeX = side === 0 ? left + COLUMN : left;
      shapes.push(
        <g key={`${side}-${index}`}>
          <line
            x1={edgeX}
            y1={y + box.height / 2}
            x2={centreX}
            y2={centreY}
            className={s.connector}
          />
          <rect x={left} y={y} width={COLUMN} height={box.height} rx={10} className={s.box} />
          <TitledText title={box.title} body={box.items} x={left + PAD} y={y + PAD + FONT_SIZE} />
        </g>,
      );
      y += box.height + ROW_GAP;
    });
  });
  return { shapes, height };
}

/**
 * A person's network around them. Sectors sit in two columns either side of
 * the person, each joined to the centre, so that it stays legible on a phone.
 */
export default function Ecogram({ center, sectors, caption }: Props): ReactNode {
  const { shapes, height } = drawSectors(sectors);
  const centreX = WIDTH / 2;
  const centreY = height / 2;
  const centreLines = wrapText(center, 2 * CENTRE_R - 20, FONT_SIZE);
  return (
    <DiagramFigure
      caption={caption}
      width={WIDTH}
      height={height}
      textVersion={
        <>
          <p>
            <strong>{center}</strong>
          </p>
          <TitledList entries={sectors} ordered={false} />
        </>
      }>
      {shapes}
      <circle cx={centreX} cy={centreY} r={CENTRE_R} className={s.boxStrong} />
      <TextBlock
        lines={centreLines}
        x={centreX}
        y={centreY - ((centreLines.length - 1) * LINE_HEIGHT) / 2 + 6}
        anchor="middle"
        className={s.textOnStrong}
      />
    </DiagramFigure>
  );
}
