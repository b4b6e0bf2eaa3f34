import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';

import {
  DiagramFigure,
  FONT_SIZE,
  LINE_HEIGHT,
  TextBlock,
  diagramStyles as s,
  wrapText,
} from '../Diagram';
import styles from './styles.module.css';

export interface Props {
  readonly caption: string;
  readonly data: readonly { label: string; value: number }[];
  /** Unit written after each value: '%' directly, any other word after a space. */
  readonly unit?: string;
  /** The value of a full bar; the largest value when not given. */
  readonly max?: number;
  /** Where the figures come from. */
  readonly source: string;
}

const WIDTH = 480;
const BAR_HEIGHT = 22;
const VALUE_SPACE = 110;
const ROW_GAP = 14;

function formatValue(value: number, unit?: string): string {
  if (!unit) return String(value);
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

// Layout is computed outside the component: it is pure arithmetic on the props.
function drawBars({ data, unit, max }: Props): { rows: ReactNode[]; height: number } {
  const full = max ?? Math.max(...data.map((row) => row.value), 1);
  let y = 2;
  const rows = data.map((row, index) => {
    const label = wrapText(row.label, WIDTH - 4, FONT_SIZE);
    const top = y;
    const barTop = top + label.length * LINE_HEIGHT + 4;
    const barWidth = Math.max(2, ((WIDTH - VALUE_SPACE) * row.value) / full);
    y = barTop + BAR_HEIGHT + ROW_GAP;
    return (
      <g key={index}>
        <TextBlock lines={label} x={2} y={top + FONT_SIZE} />
        <rect
          x={2}
          y={barTop}
          width={WIDTH - VALUE_SPACE}
          height={BAR_HEIGHT}
          className={s.barTrack}
        />
        <rect x={2} y={barTop} width={barWidth} height={BAR_HEIGHT} className={s.bar} />
        <TextBlock
          lines={[formatValue(row.value, unit)]}
          x={WIDTH - VALUE_SPACE + 10}
          y={barTop + 17}
          bold
        />
      </g>
    );
  });
  return { rows, height: y };
}

/** Figures from the report as horizontal bars, with the same figures as a table. */
export default function BarChart(props: Props): ReactNode {
  const { caption, data, unit, source } = props;
  const { rows, height } = drawBars(props);
  return (
    <div>
      <DiagramFigure
        caption={caption}
        width={WIDTH}
        height={height}
        textVersion={
          <table className={styles.table}>
            <tbody>
              {data.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{formatValue(row.value, unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }>
        {rows}
      </DiagramFigure>
      <p className={styles.source}>
        <Translate
          id="chart.source"
          description="Source line under a chart; {source} names the source"
          values={{ source }}>
          {'Source: {source}'}
        </Translate>
      </p>
    </div>
  );
}
