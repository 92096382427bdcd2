/**
 * Step 9: the council's ballots and the tally sheet, added to the workbook in use (a tally already
 * there keeps the votes typed in it). Standalone, the workbook with them is downloaded.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { dictionaries, type Language } from '../../i18n';
import { makeBallots } from '../../app/ballots';
import type { Workspace } from '../environment';
import { useStyles } from '../styles';
import { downloadBase, useDownload } from '../useDownload';
import { nextPaint, useTask } from '../useTask';
import { Note, StepSection } from './StepSection';

export function BallotsStep(props: { readonly workspace: Workspace; readonly language: Language; readonly clock: () => Date }) {
  const s = useStyles();
  const d = dictionaries[props.language].ballots;
  const t = d.pane;
  const task = useTask(props.language);
  const delivery = useDownload();
  const [done, setDone] = useState<{ ballots: number; items: number; kept?: string }>();
  const [refused, setRefused] = useState<string>();

  const make = () =>
    task.run(async () => {
      setDone(undefined);
      setRefused(undefined);
      await nextPaint();
      const made = await makeBallots(props.workspace.port, { now: props.clock() });
      if (made.refused) {
        setRefused(d.cli[made.refused]);
        return;
      }
      setDone({ ballots: made.ballotSheets.length, items: made.items.length, ...(made.tally?.kept ? { kept: made.tally.sheet } : {}) });
    });

  const save = props.workspace.save;
  const download = () =>
    task.run(async () => {
      if (!save) return;
      await delivery.deliver(await save(), t.fileName({ base: downloadBase(props.workspace.name) }));
    });

  return (
    <StepSection id="step-ballots" title={t.title} busy={task.busy} busyLabel={t.making} error={task.error}>
      <Note intent="info">{t.intro}</Note>
      <div className={s.row}>
        <Button onClick={() => void make()} disabled={task.busy} title={t.runHint}>
          {t.run}
        </Button>
        {done && save && (
          <Button onClick={() => void download()} disabled={task.busy}>
            {t.download}
          </Button>
        )}
      </div>
      {done && <Note intent="success">{t.done(done)}</Note>}
      {done?.kept && <Note intent="info">{d.cli.tallyKept({ sheet: done.kept })}</Note>}
      {delivery.note && <Note intent="info">{delivery.note}</Note>}
      {refused && <Note intent="error">{refused}</Note>}
    </StepSection>
  );
}
