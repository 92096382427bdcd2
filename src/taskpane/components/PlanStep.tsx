/**
 * Step 1: the plan found (name, number, period, criteria) and what the workbook holds (units, blocks,
 * results, proposals), or the plan's findings; when there is none, presets with the best fit first.
 */
import { Button, Field, Select } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { dictionaries, type Language } from '../../i18n';
import { planPresets } from '../../domain/plan/presets';
import { checkData, checkPlan, createPlanSheet, type CreatePlanOutcome, type PlanStatus } from '../../app/usecases';
import type { WorkbookSnapshot } from '../../workbook/grid';
import { rankPresets } from '../detail';
import type { Workspace } from '../environment';
import { useStyles } from '../styles';
import { useTask } from '../useTask';
import { findingRows, uiText } from '../view';
import { FindingList } from './FindingList';
import { Note, StepSection } from './StepSection';

function outcomeText(outcome: CreatePlanOutcome, language: Language): string {
  const t = uiText(language).plan;
  if (outcome.status === 'created') return t.created({ sheet: outcome.sheet, preset: outcome.preset });
  if (outcome.status === 'exists') return t.exists({ sheet: outcome.sheet });
  return t.unknownPreset;
}

/** "Đợt 1 (năm 2024)"; the year once when the period already names it. */
function periodText(period: string, year: number, t: { readonly wholeYear: string; readonly year: string }): string {
  const name = period || t.wholeYear;
  return name.includes(String(year)) ? name : `${name} (${t.year.toLowerCase()} ${year})`;
}

type Found = {
  readonly units: number;
  readonly blocks: number;
  readonly results: number;
  readonly proposals: number;
};

export function PlanStep(props: {
  readonly workspace: Workspace;
  readonly language: Language;
  readonly clock: () => Date;
  readonly onSelect: (sheet: string, address: string) => void;
  readonly canSelect: boolean;
}) {
  const s = useStyles();
  const t = uiText(props.language);
  const p = dictionaries[props.language].pane;
  const task = useTask(props.language);
  const [status, setStatus] = useState<PlanStatus>();
  const [found, setFound] = useState<Found | null>();
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot>();
  const [presetId, setPresetId] = useState<string>();
  const [created, setCreated] = useState<CreatePlanOutcome>();
  const { port } = props.workspace;
  const { run } = task;
  const { clock } = props;

  const read = useCallback(
    () =>
      run(async () => {
        const plan = await checkPlan(port);
        setStatus(plan);
        if (plan.sheet) {
          // What the plan will be applied to, confirmed before anything is checked or written.
          const result = await checkData(port, clock());
          const units = result.input?.units ?? [];
          setFound(units.length === 0 ? null : { units: units.length, blocks: new Set(units.map((u) => u.block)).size, results: result.input?.results.length ?? 0, proposals: result.input?.proposals.length ?? 0 });
        } else {
          setFound(undefined);
          setSnapshot(await port.readSnapshot());
        }
      }),
    [run, port, clock],
  );
  // The preset that fits the workbook (its register, its sheets) comes first and is chosen.
  const presets = useMemo(() => (snapshot ? rankPresets(planPresets, snapshot) : planPresets), [snapshot]);
  const chosen = presetId ?? presets[0]?.id ?? '';
  // Reading writes nothing, so the plan is shown as soon as a workbook is there.
  useEffect(() => {
    void read();
  }, [read]);

  const create = () =>
    run(async () => {
      const outcome = await createPlanSheet(port, chosen);
      setCreated(outcome);
      setStatus(await checkPlan(port));
    });

  const plan = status?.plan;
  return (
    <StepSection id="step-plan" title={t.steps.plan} busy={task.busy} error={task.error}>
      {plan && status.sheet && (
        <>
          <span>{t.plan.found({ sheet: status.sheet })}</span>
          <dl className={s.facts}>
            <dt className={s.factName}>{t.plan.name}</dt>
            <dd className={s.factValue}>{plan.info.name}</dd>
            {plan.info.number && (
              <>
                <dt className={s.factName}>{t.plan.number}</dt>
                <dd className={s.factValue}>{plan.info.number}</dd>
              </>
            )}
            <dt className={s.factName}>{t.plan.period}</dt>
            <dd className={s.factValue}>
              {periodText(plan.info.period, plan.info.year, t.plan)}
            </dd>
            <dt className={s.factName}>{t.plan.criteria}</dt>
            <dd className={s.factValue}>{plan.criteria.length}</dd>
          </dl>
          {found && (
            <div role="status" aria-label={p.found.heading}>
              <span>{p.found.heading}</span>
              <ul className={s.bullets}>
                <li>{p.found.units(found)}</li>
                <li>{p.found.results(found)}</li>
                <li>{p.found.proposals(found)}</li>
              </ul>
            </div>
          )}
          {found === null && <Note intent="warning">{p.found.none}</Note>}
        </>
      )}
      {status && !plan && status.sheet && <Note intent="error">{t.plan.invalid}</Note>}
      {status && !plan && <FindingList rows={findingRows(status.findings, [], props.language)} t={t} canSelect={props.canSelect} onSelect={(r) => r.cell && props.onSelect(r.cell.sheet, r.cell.address)} />}
      {status && !status.sheet && (
        <>
          <Note intent="info">{t.plan.missing}</Note>
          <Field label={t.plan.preset} hint={p.presetFits}>
            <Select value={chosen} onChange={(_e, data) => setPresetId(data.value)} className={s.fill}>
              {presets.map((preset) => (
                <option key={preset.id} value={preset.id}>
                  {preset.title}
                </option>
              ))}
            </Select>
          </Field>
          <div className={s.row}>
            <Button appearance="primary" onClick={() => void create()} disabled={task.busy}>
              {t.plan.create}
            </Button>
          </div>
        </>
      )}
      {created && <Note intent={created.status === 'created' ? 'success' : 'warning'}>{outcomeText(created, props.language)}</Note>}
      <div className={s.row}>
        <Button onClick={() => void read()} disabled={task.busy}>
          {t.plan.run}
        </Button>
      </div>
    </StepSection>
  );
}
