/**
 * Step 7: the files units sent back, picked several at once, previewed file by file with
 * the questions the import cannot settle alone (which unit? replace what is there?), then written:
 * «Tổng hợp nhập», «Nhật ký nhập» and each unit's own sheet. Nothing is written before the officer asks.
 */
import { Badge, Button, Checkbox, Field, Select, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { dictionaries, type Language } from '../../i18n';
import { importReturnedFiles, noAnswers, previewOnSnapshot, type ImportAnswers, type ImportOutcome, type ReturnedFile } from '../../app/import';
import type { WorkbookSnapshot } from '../../workbook/grid';
import type { ImportLogRow, ImportPlan, ImportStatus } from '../../workbook/import/plan-import';
import type { Workspace } from '../environment';
import { useStyles } from '../styles';
import { downloadBase, useDownload } from '../useDownload';
import { nextPaint, useTask } from '../useTask';
import { Note, StepSection } from './StepSection';

type Units = Extract<ImportPlan, { status: 'ready' }>['units'];

const statusColor: Readonly<Record<ImportStatus, 'success' | 'warning' | 'danger' | 'informative'>> = {
  imported: 'success',
  partial: 'warning',
  waiting: 'informative',
  rejected: 'danger',
};

function counts(log: readonly ImportLogRow[]): Record<ImportStatus, number> {
  const n = { imported: 0, partial: 0, waiting: 0, rejected: 0 };
  for (const r of log) n[r.status] += 1;
  return n;
}

/** One file: name, status (colour and words), unit, reason, and its question when it has one. */
function FileItem(props: {
  readonly row: ImportLogRow;
  readonly index: number;
  readonly units: Units;
  readonly answers: ImportAnswers;
  readonly language: Language;
  readonly busy: boolean;
  /** False once imported: the rows are then a record of what was done. */
  readonly answerable: boolean;
  readonly onUnit: (file: string, code: string) => void;
  readonly onReplace: (file: string, replace: boolean) => void;
}) {
  const s = useStyles();
  const d = dictionaries[props.language].importText;
  const t = d.pane;
  const { row } = props;
  // An answered question stays on screen, so the answer can be changed or taken back.
  const question = row.question ?? (props.answers.unitOf.has(row.file) ? { kind: 'unit' as const, candidates: [] } : props.answers.replaceFiles.has(row.file) ? { kind: 'replace' as const } : undefined);
  const candidates = question?.kind === 'unit' ? props.units.filter((u) => question.candidates.includes(u.code)) : [];
  const others = props.units.filter((u) => !candidates.includes(u));
  const label = (u: Units[number]): string => `${u.code} – ${u.name}`;
  return (
    <li className={s.finding}>
      <div className={s.findingHead}>
        <Badge appearance="tint" color={statusColor[row.status]} size="small">
          {d.status[row.status]}
        </Badge>
        <Text weight="semibold">{row.file}</Text>
      </div>
      {row.unit !== '' && (
        <span>
          {t.unitLabel}: {row.unit}
        </span>
      )}
      {row.reason !== '' && <span className={s.muted}>{row.reason}</span>}
      {question?.kind === 'unit' && props.answerable && (
        <Field label={t.unitQuestion} className={s.fill}>
          <Select
            className={s.fill}
            id={`import-unit-${props.index}`}
            value={props.answers.unitOf.get(row.file) ?? ''}
            disabled={props.busy}
            onChange={(_e, data) => props.onUnit(row.file, data.value)}
          >
            <option value="">{t.unitUnanswered}</option>
            {candidates.length > 0 && (
              <optgroup label={t.candidates}>
                {candidates.map((u) => (
                  <option key={u.code} value={u.code}>
                    {label(u)}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t.allUnits}>
              {others.map((u) => (
                <option key={u.code} value={u.code}>
                  {label(u)}
                </option>
              ))}
            </optgroup>
          </Select>
        </Field>
      )}
      {question?.kind === 'replace' && props.answerable && (
        <Checkbox
          id={`import-replace-${props.index}`}
          label={t.replaceQuestion}
          checked={props.answers.replaceFiles.has(row.file)}
          disabled={props.busy}
          onChange={(_e, data) => props.onReplace(row.file, data.checked === true)}
        />
      )}
    </li>
  );
}

export function ImportStep(props: { readonly workspace: Workspace; readonly language: Language; readonly clock: () => Date }) {
  const s = useStyles();
  const d = dictionaries[props.language].importText;
  const t = d.pane;
  const task = useTask(props.language);
  const delivery = useDownload();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<readonly ReturnedFile[]>([]);
  const [answers, setAnswers] = useState<ImportAnswers>(noAnswers);
  const [preview, setPreview] = useState<ImportPlan>();
  const [done, setDone] = useState<ImportOutcome>();
  // The workbook as read when the files were picked: each answer previews again on it, without reading Excel again.
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot>();
  const { port, save, name } = props.workspace;

  const show = (picked: readonly ReturnedFile[], next: ImportAnswers) => {
    setAnswers(next);
    if (snapshot) setPreview(previewOnSnapshot(snapshot, picked, next, props.clock()));
  };

  const pick = (list: readonly File[]) =>
    task.run(async () => {
      setDone(undefined);
      setPreview(undefined);
      await nextPaint();
      // ExcelJS is loaded only when files are read.
      const { readReturnedFile } = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx/incoming');
      const read: ReturnedFile[] = [];
      for (const file of list) read.push(await readReturnedFile(file.name, new Uint8Array(await file.arrayBuffer())));
      const now = await port.readSnapshot();
      setSnapshot(now);
      setFiles(read);
      setAnswers(noAnswers);
      setPreview(previewOnSnapshot(now, read, noAnswers, props.clock()));
    });

  const onUnit = (file: string, code: string) => {
    const unitOf = new Map(answers.unitOf);
    if (code === '') unitOf.delete(file);
    else unitOf.set(file, code);
    show(files, { ...answers, unitOf });
  };
  const onReplace = (file: string, replace: boolean) => {
    const replaceFiles = new Set(answers.replaceFiles);
    if (replace) replaceFiles.add(file);
    else replaceFiles.delete(file);
    show(files, { ...answers, replaceFiles });
  };

  const run = () =>
    task.run(async () => {
      await nextPaint();
      const outcome = await importReturnedFiles(port, files, answers, props.clock());
      if (outcome.plan.status !== 'ready') {
        setPreview(outcome.plan);
        return;
      }
      setDone(outcome);
      // The files still waiting stay picked, previewed against the workbook as it is now, to be answered.
      const log = outcome.plan.log;
      const waiting = files.filter((f) => log.some((r) => r.file === f.name && r.status === 'waiting'));
      setFiles(waiting);
      setAnswers(noAnswers);
      if (waiting.length === 0) {
        setPreview(undefined);
        return;
      }
      const now = await port.readSnapshot();
      setSnapshot(now);
      setPreview(previewOnSnapshot(now, waiting, noAnswers, props.clock()));
    });

  const download = () =>
    task.run(async () => {
      if (!save) return;
      await delivery.deliver(await save(), t.downloadName({ base: downloadBase(name) }));
    });

  const ready = preview?.status === 'ready' ? preview : undefined;
  const n = ready ? counts(ready.log) : undefined;
  return (
    <StepSection id="step-import" title={t.title} busy={task.busy} busyLabel={files.length > 0 ? t.importing : t.reading} error={task.error}>
      <Note intent="info">{t.intro}</Note>
      <div className={s.row}>
        <input
          ref={input}
          id="import-files"
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={s.hiddenInput}
          tabIndex={-1}
          aria-hidden
          onChange={(e) => {
            const list = Array.from(e.currentTarget.files ?? []);
            // Cleared so that picking the same files again (after a correction) reads them again.
            e.currentTarget.value = '';
            if (list.length > 0) void pick(list);
          }}
        />
        <Button onClick={() => input.current?.click()} disabled={task.busy} title={t.pickHint}>
          {t.pick}
        </Button>
        <Text role="status">{files.length > 0 ? t.chosen({ count: files.length }) : t.none}</Text>
      </div>
      {preview?.status === 'refused' && <Note intent="error">{preview.reason}</Note>}
      {ready && n && (
        <>
          <Text>{d.summaryLine({ files: ready.log.length, ...n })}</Text>
          <ul className={s.list} aria-label={t.title}>
            {ready.log.map((row, i) => (
              <FileItem key={`${row.file}-${i}`} row={row} index={i} units={ready.units} answers={answers} language={props.language} busy={task.busy} answerable={files.length > 0} onUnit={onUnit} onReplace={onReplace} />
            ))}
          </ul>
        </>
      )}
      {ready && files.length > 0 && (
        <>
          {n && n.waiting > 0 && <Note intent="warning">{t.waitingNote({ count: n.waiting })}</Note>}
          <div className={s.row}>
            <Button appearance="primary" onClick={() => void run()} disabled={task.busy} title={t.runHint}>
              {t.run}
            </Button>
          </div>
        </>
      )}
      {done && done.plan.status === 'ready' && (
        <>
          <Note intent="success">
            {d.summaryLine({ files: done.plan.log.length, ...counts(done.plan.log) })} {t.done({ copies: done.plan.copies.length, sheet: d.consolidatedSheet, scorers: done.plan.scorerSheets.length })}
          </Note>
          {port.insertSheets && done.copiedAsValues.length > 0 && <Note intent="info">{t.valuesOnly({ count: done.copiedAsValues.length, sheets: done.copiedAsValues.join(', ') })}</Note>}
          {save && (
            <div className={s.row}>
              <Button onClick={() => void download()} disabled={task.busy}>
                {t.download}
              </Button>
            </div>
          )}
          {delivery.note && <Note intent="info">{delivery.note}</Note>}
        </>
      )}
    </StepSection>
  );
}
