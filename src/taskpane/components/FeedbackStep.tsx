/**
 * Step 8: a results notice for each unit, holding only its own results, downloaded as one .zip (the
 * officer sends each unit its file). The workbook is scored afresh; nothing is written to it.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { dictionaries, type Language } from '../../i18n';
import { makeFeedback } from '../../app/feedback';
import { downloadBytes, type Workspace } from '../environment';
import { useStyles } from '../styles';
import { nextPaint, useTask } from '../useTask';
import { Note, StepSection } from './StepSection';

export function FeedbackStep(props: { readonly workspace: Workspace; readonly language: Language; readonly clock: () => Date }) {
  const s = useStyles();
  const t = dictionaries[props.language].feedback.pane;
  const task = useTask(props.language);
  const [done, setDone] = useState<{ count: number; file: string }>();
  const [failed, setFailed] = useState(false);

  const make = () =>
    task.run(async () => {
      setDone(undefined);
      setFailed(false);
      await nextPaint();
      const now = props.clock();
      const made = await makeFeedback(props.workspace.port, { now });
      if (made.packets.length === 0) {
        setFailed(true);
        return;
      }
      // ExcelJS and JSZip are loaded only when packets are made.
      const { feedbackZip, packetCreator } = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx/feedback-zip');
      const file = t.zipName({ base: (props.workspace.name ?? 'thi-dua').replace(/\.xlsx$/i, '') });
      downloadBytes(await feedbackZip(made.packets, { now, creator: packetCreator(made.result.plan?.info.issuer) }), file);
      setDone({ count: made.packets.length, file });
    });

  return (
    <StepSection id="step-feedback" title={t.title} busy={task.busy} busyLabel={t.making} error={task.error}>
      <Note intent="info">{t.intro}</Note>
      <div className={s.row}>
        <Button onClick={() => void make()} disabled={task.busy} title={t.runHint}>
          {t.run}
        </Button>
      </div>
      {done && <Note intent="success">{t.done(done)}</Note>}
      {failed && <Note intent="error">{t.failed}</Note>}
    </StepSection>
  );
}
