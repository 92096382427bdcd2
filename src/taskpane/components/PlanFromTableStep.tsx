/**
 * «Tạo kế hoạch từ bảng điểm»: pick the Word file the officer received, or a sheet where its table was
 * pasted; see the proposed criteria tree and what could not be decided; «Ghi kế hoạch» writes the «Kế hoạch»
 * sheet only when the workbook has none.
 */
import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { dictionaries, type Language } from '../../i18n';
import { formatNumberEn, formatNumberVi } from '../../i18n/types';
import type { ProposalSummary, TableReading, TableSource, WritePlanOutcome } from '../../app/plan-from-table';
import type { Criterion } from '../../domain/plan/schema';
import { keyOf } from '../../domain/plan/tree';
import type { Workspace } from '../environment';
import { useStyles } from '../styles';
import { useTask } from '../useTask';
import { findingRows, uiText } from '../view';
import { FilePicker } from './FilePicker';
import { FindingList } from './FindingList';
import { Note, StepSection } from './StepSection';

// The reader (JSZip, saxes) is loaded only when a table is read.
const useCase = () => import(/* webpackChunkName: "plan-table" */ '../../app/plan-from-table');

function what(c: Criterion, language: Language): string {
  const t = dictionaries[language].planTable;
  const fmt = language === 'vi' ? formatNumberVi : formatNumberEn;
  if (c.gate === true) return `${t.kinds[c.kind] ?? c.kind}; ${t.gatePart}`;
  if (c.method === 'perCase') return `${t.kinds[c.kind] ?? c.kind}; ${t.perCasePart({ points: fmt(c.pointsPerCase ?? 0), max: fmt(c.maxPoints), capped: c.capped === false ? '' : 'yes' })}`;
  return `${t.kinds[c.kind] ?? c.kind}; ${t.maxPart({ max: fmt(c.maxPoints) })}`;
}

export function PlanFromTableStep(props: { readonly workspace: Workspace; readonly language: Language; readonly clock: () => Date; readonly onSelect: (sheet: string, address: string) => void; readonly canSelect: boolean }) {
  const s = useStyles();
  const d = dictionaries[props.language].planTable;
  const t = d.pane;
  const task = useTask(props.language);
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [sheet, setSheet] = useState('');
  const [reading, setReading] = useState<TableReading>();
  const [depths, setDepths] = useState<ReadonlyMap<string, number>>(new Map());
  const [summary, setSummary] = useState<ProposalSummary>();
  const [written, setWritten] = useState<WritePlanOutcome>();
  const { port } = props.workspace;
  const { run } = task;

  // The sheet names are read when the list is opened, not when the pane starts: a snapshot of a big workbook costs.
  const listSheets = useCallback(() => run(async () => setSheets((await port.readSnapshot()).sheets.filter((x) => x.visibility === 'visible').map((x) => x.name))), [run, port]);

  const show = async (source: TableSource) => {
    setWritten(undefined);
    const { readPlanFromTable, criterionDepths, summarizeProposal } = await useCase();
    const read = await readPlanFromTable(source, { now: props.clock() });
    setReading(read);
    setDepths(read.plan ? criterionDepths(read.plan) : new Map());
    setSummary(read.plan ? summarizeProposal(read.plan) : undefined);
  };
  const pickFile = (file: File) => run(async () => show({ kind: 'docx', bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name }));
  const fromSheet = () => run(async () => show({ kind: 'workbook', snapshot: await port.readSnapshot(), fileName: sheet || 'Excel', ...(sheet === '' ? {} : { sheet }) }));
  const write = () =>
    run(async () => {
      if (!reading?.plan) return;
      const { writePlanFromTable } = await useCase();
      setWritten(await writePlanFromTable(port, reading.plan));
    });

  const plan = reading?.plan;
  const fmt = props.language === 'vi' ? formatNumberVi : formatNumberEn;
  return (
    <StepSection id="step-plan-table" title={t.title} busy={task.busy} busyLabel={t.reading} error={task.error}>
      <Note intent="info">{t.intro}</Note>
      <div className={s.row}>
        <FilePicker
          id="plan-table-file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          label={t.pickFile}
          disabled={task.busy}
          onFile={(file) => void pickFile(file)}
        />
      </div>
      <Field label={t.sheet}>
        <Select value={sheet} onChange={(_e, data) => setSheet(data.value)} onFocus={() => void (sheets.length === 0 && listSheets())}>
          <option value="">{t.anySheet}</option>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.row}>
        <Button onClick={() => void fromSheet()} disabled={task.busy}>
          {t.fromSheet}
        </Button>
      </div>
      {reading?.status === 'notReadable' && <Note intent="error">{t.notReadable}</Note>}
      {reading?.status === 'sheetMissing' && <Note intent="error">{t.sheetMissing}</Note>}
      {reading?.status === 'notFound' && <Note intent="error">{t.noTable}</Note>}
      {reading?.proposal && reading.status === 'read' && <Text>{d.table({ table: reading.proposal.table, header: reading.proposal.headerRows.join(', ') })}</Text>}
      {plan && summary && (
        <>
          <Text>{d.counts({ total: summary.total, base: summary.base, bonus: summary.bonus, deduction: summary.deduction, groups: summary.groups })}</Text>
          <Text>{d.maxima({ base: fmt(summary.baseMax), bonus: fmt(summary.bonusMax), deduction: fmt(summary.deductionMax) })}</Text>
          <ul className={s.list} aria-label={t.treeLabel}>
            {plan.criteria.map((x) => (
              <li key={x.code} style={{ paddingLeft: `${(depths.get(keyOf(x)) ?? 0) * 12}px` }}>
                <strong>{x.code}</strong> {x.text} — {what(x, props.language)}
              </li>
            ))}
          </ul>
        </>
      )}
      {reading && reading.findings.length > 0 && (
        <FindingList rows={findingRows(reading.findings, [], props.language)} t={uiText(props.language)} canSelect={props.canSelect} onSelect={(r) => r.cell && props.onSelect(r.cell.sheet, r.cell.address)} />
      )}
      {plan && !written && (
        <>
          <Note intent="warning">{t.review}</Note>
          <div className={s.row}>
            <Button appearance="primary" onClick={() => void write()} disabled={task.busy}>
              {t.write}
            </Button>
          </div>
        </>
      )}
      {written && <Note intent={written.status === 'created' ? 'success' : 'warning'}>{written.status === 'created' ? t.written({ sheet: written.sheet }) : t.planExists({ sheet: written.sheet })}</Note>}
    </StepSection>
  );
}
