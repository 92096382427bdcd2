/**
 * Findings as a list: severity, unit, cell, message, fix. Inside Excel a finding with a cell is a
 * button (click or Enter) that selects the cell; standalone, the address is shown instead.
 */
import { Badge, Text } from '@fluentui/react-components';
import { mergeClasses } from '@fluentui/react-components';
import type { Severity } from '../../domain/findings';
import type { FindingRow, UiText } from '../view';
import { useStyles } from '../styles';

/** A pane is not a spreadsheet: the full list is on the «Kiểm tra» sheet. */
const shownAtMost = 100;

const badgeColor: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

function Body(props: { readonly row: FindingRow; readonly t: UiText; readonly canSelect: boolean }) {
  const s = useStyles();
  const { row, t } = props;
  return (
    <>
      <span className={s.findingHead}>
        <Badge appearance="filled" color={badgeColor[row.severity]} size="small">
          {row.severityLabel}
        </Badge>
        {row.unit && <Text weight="semibold" size={200}>{row.unit}</Text>}
      </span>
      <span>{row.message}</span>
      <span className={s.muted}>
        {t.check.fix}: {row.fix}
      </span>
      {row.cellLabel && <span className={s.muted}>{props.canSelect ? t.check.goTo({ cell: row.cellLabel }) : t.check.address({ cell: row.cellLabel })}</span>}
    </>
  );
}

export function FindingList(props: { readonly rows: readonly FindingRow[]; readonly t: UiText; readonly canSelect: boolean; readonly onSelect: (row: FindingRow) => void }) {
  const s = useStyles();
  const shown = props.rows.slice(0, shownAtMost);
  return (
    <>
      <ul className={s.list} aria-label={props.t.check.listLabel}>
        {shown.map((row) => (
          <li key={row.key}>
            {props.canSelect && row.cell ? (
              <button type="button" className={mergeClasses(s.finding, s.findingButton)} onClick={() => props.onSelect(row)}>
                <Body row={row} t={props.t} canSelect />
              </button>
            ) : (
              <div className={s.finding}>
                <Body row={row} t={props.t} canSelect={false} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {props.rows.length > shown.length && <Text className={s.muted}>{props.t.check.more({ count: props.rows.length - shown.length })}</Text>}
    </>
  );
}
