/** Step 1: the plan found (name, number, period, criteria) or its findings; a preset when there is none. */
import { Button, Field, Select } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../i18n';
import { planPresets } from '../../domain/plan/presets';
import { checkPlan, createPlanSheet, type CreatePlanOutcome, type PlanStatus } from '../../app/usecases';
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

export function PlanStep(props: { readonly workspace: Workspace; readonly language: Language; readonly onSelect: (sheet: string, address: string) => void; readonly canSelect: boolean }) {
  const s = useStyles();
  const t = uiText(props.language);
  const task = useTask(props.language);
  const [status, setStatus] = useState<PlanStatus>();
  const [presetId, setPresetId] = useState(planPresets[0]?.id ?? '');
  const [created, setCreated] = useState<CreatePlanOutcome>();
  const { port } = props.workspace;
  const { run } = task;

  const read = useCallback(() => run(async () => setStatus(await checkPlan(port))), [run, port]);
  // Reading writes nothing, so the plan is shown as soon as a workbook is there.
  useEffect(() => {
    void read();
  }, [read]);

  const create = () =>
    run(async () => {
      const outcome = await createPlanSheet(port, presetId);
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
        </>
      )}
      {status && !plan && status.sheet && <Note intent="error">{t.plan.invalid}</Note>}
      {status && !plan && <FindingList rows={findingRows(status.findings, [], props.language)} t={t} canSelect={props.canSelect} onSelect={(r) => r.cell && props.onSelect(r.cell.sheet, r.cell.address)} />}
      {status && !status.sheet && (
        <>
          <Note intent="info">{t.plan.missing}</Note>
          <Field label={t.plan.preset}>
            <Select value={presetId} onChange={(_e, data) => setPresetId(data.value)}>
              {planPresets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
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
