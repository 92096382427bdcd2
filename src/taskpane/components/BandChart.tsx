/**
 * Units per band in each block, one stacked bar per block (@fluentui/react-charts): what the ranking
 * table does not say at a glance, rather than the totals it already lists. Loaded lazily: the chart
 * library is large and only needed after scoring.
 */
import { HorizontalBarChart, type ChartProps } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';

// Best band darkest; "no band" grey. Enough colours for the bands a plan defines.
const colours = [tokens.colorBrandBackground, tokens.colorPaletteTealBorderActive, tokens.colorPaletteMarigoldBorderActive, tokens.colorPaletteDarkOrangeBorderActive, tokens.colorPaletteRedBackground3];

export default function BandChart(props: { readonly blocks: readonly { block: string; bands: readonly { band: string; count: number }[] }[]; readonly title: string; readonly culture: string; readonly noBand: string }) {
  const data: ChartProps[] = props.blocks.map((b) => {
    const total = b.bands.reduce((n, x) => n + x.count, 0);
    return {
      chartTitle: b.block,
      chartData: b.bands.map((x, i) => ({
        legend: x.band,
        horizontalBarChartdata: { x: x.count, total },
        color: x.band === props.noBand ? tokens.colorNeutralBackground5 : (colours[i % colours.length] ?? tokens.colorBrandBackground),
        xAxisCalloutData: x.band,
        yAxisCalloutData: String(x.count),
      })),
    };
  });
  return (
    <figure style={{ margin: 0, paddingRight: tokens.spacingHorizontalS, overflow: 'hidden' }} aria-label={props.title}>
      <figcaption style={{ fontWeight: 600, fontSize: tokens.fontSizeBase200 }}>{props.title}</figcaption>
      <HorizontalBarChart data={data} culture={props.culture} chartDataMode="fraction" barHeight={12} />
    </figure>
  );
}
