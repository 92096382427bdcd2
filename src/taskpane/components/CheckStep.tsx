/** Step 4: the whole run without writing; counts by severity and the findings list, filtered by severity and unit. */
import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Severity } from '../../domain/findings';
import { dictionaries, type Language } from '../../i18n';
import { filterFindings, findingUnits } from '../detail';
import { checkData } from '../../app/usecases';
import type { RunResult } from '../../workbook/run';
import type { Workspace } from '../environment';
import { useStyles } from '../styles';
import { nextPaint, useTask } from '../useTask';
import { findingRows, severityCounts, uiText } from '../view';
import { FindingList } from './FindingList';
import { Note, StepSection } from './StepSection';

export function CheckStep(props: {
  readonly workspace: Workspace;
  readonly language: Language;
  readonly clock: () => Date;
  readonly canSelect: boolean;
  readonly onSelect: (sheet: string, address: string) => void;
}) {
  const s = useStyles();
  const t = uiText(props.language);
  const task = useTask(props.language);
  const [result, setResult] = useState<RunResult>();
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  // undefined: every unit; '': findings about no unit.
  const [unit, setUnit] = useState<string>();
  const f = dictionaries[props.language].pane.filter;
  const check = () =>
    task.run(async () => {
      await nextPaint();
      setResult(await checkData(props.workspace.port, props.clock()));
    });
  const all = result ? findingRows(result.findings, result.input?.units ?? [], props.language) : [];
  const units = findingUnits(all);
  const rows = filterFindings(all, { severity, ...(unit === undefined ? {} : { unit }) });
  const unitValue = unit === undefined ? '*' : unit === '' ? '-' : `u:${unit}`;
  return (
    <StepSection id="step-check" title={t.steps.check} busy={task.busy} error={task.error}>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void check()} disabled={task.busy}>
          {t.check.run}
        </Button>
        {result && (
          <Text weight="semibold" role="status">
            {t.check.counts(severityCounts(result.findings))}
          </Text>
        )}
      </div>
      {result && all.length === 0 && <Note intent="success">{t.check.none}</Note>}
      {all.length > 0 && (
        <div className={s.filters}>
          <Field label={f.severity} className={s.filterField}>
            <Select value={severity} onChange={(_e, data) => setSeverity(data.value as Severity | 'all')} className={s.fill}>
              <option value="all">{f.all}</option>
              {(['error', 'warning', 'info'] as const).map((v) => (
                <option key={v} value={v}>
                  {t.check.severity[v]} ({all.filter((r) => r.severity === v).length})
                </option>
              ))}
            </Select>
          </Field>
          <Field label={f.unit} className={s.filterField}>
            <Select
              value={unitValue}
              onChange={(_e, data) => setUnit(data.value === '*' ? undefined : data.value === '-' ? '' : data.value.slice(2))}
              className={s.fill}
            >
              <option value="*">{f.allUnits}</option>
              <option value="-">{f.noUnit}</option>
              {units.map((name) => (
                <option key={name} value={`u:${name}`}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Text className={s.muted} aria-live="polite">
            {f.shown({ shown: rows.length, total: all.length })}
          </Text>
        </div>
      )}
      {/* What the colours drawn on the input sheets (step 6) mean. */}
      {all.length > 0 && <Text className={s.muted}>{dictionaries[props.language].print.highlightLegend}</Text>}
      {rows.length > 0 && <FindingList rows={rows} t={t} canSelect={props.canSelect} onSelect={(r) => r.cell && props.onSelect(r.cell.sheet, r.cell.address)} />}
    </StepSection>
  );
}
