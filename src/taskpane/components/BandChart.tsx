/**
 * Units per band in each block, one stacked bar per block (@fluentui/react-charts): what the ranking
 * table does not say at a glance, rather than the totals it already lists. Loaded lazily: the chart
 * library is large and only needed after scoring.
 */
import { HorizontalBarChart, type ChartProps } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import { useStyles } from '../styles';

// Best band darkest; "no band" grey. Enough colours for the bands a plan defines.
const colours = [tokens.colorBrandBackground, tokens.colorPaletteTealBorderActive, tokens.colorPaletteMarigoldBorderActive, tokens.colorPaletteDarkOrangeBorderActive, tokens.colorPaletteRedBackground3];

export default function BandChart(props: {
  readonly blocks: readonly { block: string; bands: readonly { band: string; count: number }[] }[];
  /** Every band best first, «no band» last. */
  readonly order: readonly string[];
  readonly title: string;
  readonly culture: string;
  readonly noBand: string;
}) {
  const s = useStyles();
  // One colour per band across blocks, in the order of the plan's bands (best first), «no band» grey.
  const present = new Set(props.blocks.flatMap((b) => b.bands.map((x) => x.band)));
  const bands = props.order.filter((band) => present.has(band));
  const colourOf = new Map(bands.map((band, i) => [band, band === props.noBand ? tokens.colorNeutralBackground5 : (colours[i % colours.length] ?? tokens.colorBrandBackground)] as const));
  const legend = bands.map((band) => ({ band, color: colourOf.get(band) ?? tokens.colorBrandBackground }));
  const data: ChartProps[] = props.blocks.map((b) => {
    const total = b.bands.reduce((n, x) => n + x.count, 0);
    return {
      chartTitle: b.block,
      chartData: b.bands.map((x) => ({
        legend: x.band,
        horizontalBarChartdata: { x: x.count, total },
        color: colourOf.get(x.band) ?? tokens.colorBrandBackground,
        xAxisCalloutData: x.band,
        yAxisCalloutData: String(x.count),
      })),
    };
  });
  return (
    <figure style={{ margin: 0, paddingRight: tokens.spacingHorizontalS, overflow: 'hidden' }} aria-label={props.title}>
      <figcaption style={{ fontWeight: 600, fontSize: tokens.fontSizeBase200 }}>{props.title}</figcaption>
      {/* The chart's own legend folds into a «+N more» menu in a narrow pane: a plain list says the same. */}
      <HorizontalBarChart data={data} culture={props.culture} chartDataMode="fraction" barHeight={12} legendProps={{ styles: { root: s.hidden } }} />
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0, fontSize: tokens.fontSizeBase100 }}>
        {legend.map((x) => (
          <li key={x.band} style={{ display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS }}>
            <span aria-hidden style={{ width: '10px', height: '10px', backgroundColor: x.color, display: 'inline-block' }} />
            {x.band}
          </li>
        ))}
      </ul>
    </figure>
  );
}
