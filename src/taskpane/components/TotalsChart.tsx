/**
 * Totals of one block as horizontal bars (@fluentui/react-charts, works with React 19): each bar
 * carries the unit's name above it, so the chart stays readable in a 320 px pane.
 * Loaded lazily: the chart library is large and only needed after scoring.
 */
import { HorizontalBarChart, type ChartProps } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { RankingBlock } from '../view';

export default function TotalsChart(props: { readonly block: RankingBlock; readonly title: string; readonly scale: number; readonly culture: string }) {
  const data: ChartProps[] = props.block.rows.map((r) => ({
    chartTitle: `${r.rank}. ${r.unit}`,
    chartData: [
      {
        legend: r.unit,
        horizontalBarChartdata: { x: r.totalShown, total: Math.max(props.scale, r.totalShown) },
        color: r.tie ? tokens.colorPaletteMarigoldBorderActive : tokens.colorBrandBackground,
        xAxisCalloutData: r.unit,
        yAxisCalloutData: r.totalLabel,
      },
    ],
  }));
  return (
    <figure style={{ margin: 0, paddingRight: tokens.spacingHorizontalS, overflow: 'hidden' }} aria-label={props.title}>
      <figcaption style={{ fontWeight: 600, fontSize: tokens.fontSizeBase200 }}>{props.title}</figcaption>
      <HorizontalBarChart data={data} culture={props.culture} chartDataMode="default" barHeight={10} />
    </figure>
  );
}
