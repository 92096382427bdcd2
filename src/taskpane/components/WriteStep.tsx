/**
 * Step 4: writes the summary, findings and state sheets — after a confirmation when that replaces
 * the add-in's sheets of an earlier run. Standalone, the written workbook can then be downloaded.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../../i18n';
import { scoreAndWrite } from '../../app/usecases';
import type { Workspace } from '../environment';
import { useStyles } from '../styles';
import { downloadBase, useDownload } from '../useDownload';
import { nextPaint, useTask } from '../useTask';
import { uiText } from '../view';
import { Note, StepSection } from './StepSection';

export function WriteStep(props: { readonly workspace: Workspace; readonly language: Language; readonly clock: () => Date }) {
  const s = useStyles();
  const t = uiText(props.language);
  const task = useTask(props.language);
  const delivery = useDownload();
  const [confirming, setConfirming] = useState<readonly string[]>();
  const [written, setWritten] = useState<readonly string[]>();
  const { port, save, name } = props.workspace;

  const write = (confirmReplace: boolean) =>
    task.run(async () => {
      setConfirming(undefined);
      await nextPaint();
      const outcome = await scoreAndWrite(port, props.clock(), { confirmReplace });
      if (outcome.status === 'needsConfirm') setConfirming(outcome.replaces);
      else setWritten(outcome.written);
    });

  const download = () =>
    task.run(async () => {
      if (!save) return;
      await delivery.deliver(await save(), t.file.downloadName({ base: downloadBase(name) }));
    });

  return (
    <StepSection id="step-write" title={t.steps.write} busy={task.busy} busyLabel={t.write.writing} error={task.error}>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void write(false)} disabled={task.busy}>
          {t.write.run}
        </Button>
        {save && (
          <Button onClick={() => void download()} disabled={task.busy || !written} title={written ? t.file.downloadHint : t.file.notWrittenYet}>
            {t.file.download}
          </Button>
        )}
      </div>
      {written && <Note intent="success">{t.write.done({ sheets: written.join(', ') })}</Note>}
      {delivery.note && <Note intent="info">{delivery.note}</Note>}
      <Dialog open={confirming !== undefined} onOpenChange={(_e, data) => !data.open && setConfirming(undefined)} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.write.confirmTitle}</DialogTitle>
            <DialogContent>{t.write.confirmBody({ sheets: (confirming ?? []).map((n) => `«${n}»`).join(', ') })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void write(true)}>
                {t.write.confirm}
              </Button>
              <Button onClick={() => setConfirming(undefined)}>{t.write.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </StepSection>
  );
}
