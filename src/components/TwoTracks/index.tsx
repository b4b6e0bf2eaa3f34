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

export interface Track {
  readonly title: string;
  readonly items: readonly string[];
}

export interface Props {
  readonly start: string;
  readonly tracks: readonly [Track, Track];
  readonly end?: string;
  readonly caption: string;
}

const WIDTH = 480;
const PAD = 12;
const GAP = 16;
const ARROW = 34;
const COLUMN = (WIDTH - 4 - GAP) / 2;

/** Two parallel tracks from a common start, e.g. Safe Future's staying and returning. */
export default function TwoTracks({ start, tracks, end, caption }: Props): ReactNode {
  const startLines = wrapText(start, WIDTH - 4 - 2 * PAD, FONT_SIZE);
  const startHeight = PAD * 2 + startLines.length * LINE_HEIGHT;
  const trackTop = 2 + startHeight + ARROW;
  const columns = tracks.map((track) => {
    const title = wrapText(track.title, COLUMN - 2 * PAD, FONT_SIZE);
    const items = wrapBullets(track.items, COLUMN - 2 * PAD, FONT_SIZE);
    return { title, items };
  });
  const trackHeight =
    PAD * 2 + Math.max(...columns.map((c) => c.title.length + c.items.length)) * LINE_HEIGHT;
  const endLines = end ? wrapText(end, WIDTH - 4 - 2 * PAD, FONT_SIZE) : [];
  const endTop = trackTop + trackHeight + ARROW;
  const height = end
    ? endTop + PAD * 2 + endLines.length * LINE_HEIGHT + 2
    : trackTop + trackHeight + 2;

  return (
    <DiagramFigure
      caption={caption}
      width={WIDTH}
      height={height}
      textVersion={
        <>
          <p>{start}</p>
          <TitledList entries={tracks} ordered={false} />
          {end ? <p>{end}</p> : null}
        </>
      }>
      <rect x={2} y={2} width={WIDTH - 4} height={startHeight} rx={10} className={s.boxStrong} />
      <TextBlock
        lines={startLines}
        x={WIDTH / 2}
        y={2 + PAD + FONT_SIZE}
        anchor="middle"
        className={s.textOnStrong}
      />
      {columns.map((column, index) => {
        const left = 2 + index * (COLUMN + GAP);
        const centre = left + COLUMN / 2;
        return (
          <g key={index}>
            <path
              d={`M ${WIDTH / 2} ${2 + startHeight} L ${centre} ${trackTop - 4} m -7 -9 l 7 9 l 7 -9`}
              className={s.connector}
            />
            <rect
              x={left}
              y={trackTop}
              width={COLUMN}
              height={trackHeight}
              rx={10}
              className={s.box}
            />
            <TitledText
              title={column.title}
              body={column.items}
              x={left + PAD}
              y={trackTop + PAD + FONT_SIZE}
            />
            {end && (
              <path
                d={`M ${centre} ${trackTop + trackHeight} L ${WIDTH / 2} ${endTop - 4} m -7 -9 l 7 9 l 7 -9`}
                className={s.connector}
              />
            )}
          </g>
        );
      })}
      {end && (
        <>
          <rect
            x={2}
            y={endTop}
            width={WIDTH - 4}
            height={PAD * 2 + endLines.length * LINE_HEIGHT}
            rx={10}
            className={s.boxStrong}
          />
          <TextBlock
            lines={endLines}
            x={WIDTH / 2}
            y={endTop + PAD + FONT_SIZE}
            anchor="middle"
            className={s.textOnStrong}
          />
        </>
      )}
    </DiagramFigure>
  );
}
