/** One block's ranking: rank (with a tie marker), unit with band and award beneath, total. */
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Tooltip } from '@fluentui/react-components';
import type { RankingBlock, UiText } from '../view';
import { useStyles } from '../styles';

// Inline widths: a fixed-layout table takes them from the header row, and a 320 px pane needs every pixel for names.
const rankWidth = { width: '36px' };
const totalWidth = { width: '50px' };

export function RankingTable(props: { readonly block: RankingBlock; readonly t: UiText }) {
  const s = useStyles();
  const c = props.t.score.columns;
  return (
    <Table size="small" className={s.table} aria-label={props.block.heading}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={s.rankCell} style={rankWidth}>
            {c.rank}
          </TableHeaderCell>
          <TableHeaderCell title={`${c.unit} · ${c.band} · ${c.award}`}>{c.unit}</TableHeaderCell>
          <TableHeaderCell className={s.totalCell} style={totalWidth}>
            {c.total}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.block.rows.map((r) => (
          <TableRow key={r.key}>
            <TableCell className={s.rankCell}>{r.rank}</TableCell>
            <TableCell>
              <span className={s.unitName}>
                {r.unit}{' '}
                {r.tie && (
                  <Tooltip content={props.t.score.tieHint} relationship="description">
                    <Badge appearance="tint" color="warning" size="small" tabIndex={0}>
                      {props.t.score.tie}
                    </Badge>
                  </Tooltip>
                )}
              </span>
              <span className={s.unitNote}>
                {c.band}: {r.band}
                {r.award !== undefined && ` · ${c.award}: ${r.award}`}
              </span>
            </TableCell>
            <TableCell className={s.totalCell}>{r.totalLabel}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
