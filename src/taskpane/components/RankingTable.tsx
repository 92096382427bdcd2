/**
 * One block's ranking. In a narrow pane: rank, unit with band and award beneath, total. From 560 px
 * (a media query, so a resize never shows the wide table in a narrow pane): self and appraised sums,
 * band and award in columns of their own. Each unit's name opens its detail.
 */
import { Badge, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Tooltip } from '@fluentui/react-components';
import type { RankingBlock, UiText } from '../view';
import { useStyles } from '../styles';

// Inline widths: a fixed-layout table takes them from the header row, and a 320 px pane needs every pixel for names.
const rankWidth = { width: '36px' };
const totalWidth = { width: '50px' };
const scoreWidth = { width: '64px' };
const bandWidth = { width: '82px' };

export function RankingTable(props: {
  readonly block: RankingBlock;
  readonly t: UiText;
  readonly columns: { readonly self: string; readonly appraised: string; readonly band: string; readonly award: string };
  readonly detailHint: string;
  /** The unit whose detail is open, if any. */
  readonly selected?: string;
  readonly onSelect: (unitCode: string) => void;
}) {
  const s = useStyles();
  const c = props.t.score.columns;
  const w = props.columns;
  return (
    <Table size="small" className={s.table} aria-label={props.block.heading}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={s.rankCell} style={rankWidth}>
            {c.rank}
          </TableHeaderCell>
          <TableHeaderCell title={`${c.unit} · ${c.band} · ${c.award}`}>{c.unit}</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(s.totalCell, s.wideOnly)} style={scoreWidth}>
            {w.self}
          </TableHeaderCell>
          <TableHeaderCell className={mergeClasses(s.totalCell, s.wideOnly)} style={scoreWidth}>
            {w.appraised}
          </TableHeaderCell>
          <TableHeaderCell className={s.totalCell} style={totalWidth}>
            {c.total}
          </TableHeaderCell>
          <TableHeaderCell className={s.wideOnly} style={bandWidth}>
            {w.band}
          </TableHeaderCell>
          <TableHeaderCell className={s.wideOnly}>{w.award}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.block.rows.map((r) => (
          <TableRow key={r.key} aria-selected={props.selected === r.key}>
            <TableCell className={s.rankCell}>{r.rank}</TableCell>
            <TableCell>
              <span className={s.unitName}>
                <button
                  type="button"
                  className={mergeClasses(s.linkButton, props.selected === r.key && s.linkButtonActive)}
                  onClick={() => props.onSelect(r.key)}
                  aria-expanded={props.selected === r.key}
                  title={props.detailHint}
                >
                  {r.unit}
                </button>{' '}
                {r.tie && (
                  <Tooltip content={props.t.score.tieHint} relationship="description">
                    <Badge appearance="tint" color="warning" size="small" tabIndex={0}>
                      {props.t.score.tie}
                    </Badge>
                  </Tooltip>
                )}
              </span>
              <span className={mergeClasses(s.unitNote, s.narrowOnly)}>
                {c.band}: {r.band}
                {r.award !== undefined && ` · ${c.award}: ${r.award}`}
              </span>
            </TableCell>
            <TableCell className={mergeClasses(s.totalCell, s.wideOnly)}>{r.selfLabel}</TableCell>
            <TableCell className={mergeClasses(s.totalCell, s.wideOnly)}>{r.appraisedLabel}</TableCell>
            <TableCell className={s.totalCell}>{r.totalLabel}</TableCell>
            <TableCell className={s.wideOnly}>{r.band}</TableCell>
            <TableCell className={s.wideOnly}>
              <span className={s.wrapText}>{r.award ?? ''}</span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
