/**
 * A step that makes one file per unit and hands them over as one .zip (templates, results notices):
 * the button, the progress, the .zip's name from the workbook's, the download, and the sentence
 * saying how many files it holds — or why nothing was made. The step gives only what it makes.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../../i18n';
import type { Workspace } from '../environment';
import { useStyles } from '../styles';
import { downloadBase, useDownload } from '../useDownload';
import { nextPaint, useTask } from '../useTask';
import { Note, StepSection } from './StepSection';

type P = Readonly<Record<string, string | number>>;

export interface ZipStepTexts {
  readonly title: string;
  readonly intro: string;
  readonly run: string;
  readonly runHint: string;
  readonly making: string;
  /** How many files the .zip holds and its name. */
  readonly done: (p: P) => string;
  /** The .zip's name from the workbook's (`base`). */
  readonly zipName: (p: P) => string;
  /** Why nothing was made (no valid plan, no unit). */
  readonly failed: string;
}

/** What a step made: how many files, and the .zip holding them, built only once something was made. */
export interface ZipContents {
  readonly count: number;
  /** More figures for the step's «done» sentence (templates: how many of the forms are scorer forms). */
  readonly figures?: P;
  zip(): Promise<Uint8Array>;
}

export function ZipDownloadStep(props: {
  readonly id: string;
  readonly workspace: Workspace;
  readonly language: Language;
  readonly clock: () => Date;
  readonly texts: ZipStepTexts;
  /** The files for the workbook as it is now; undefined when there is nothing to make. */
  readonly make: (now: Date) => Promise<ZipContents | undefined>;
}) {
  const s = useStyles();
  const t = props.texts;
  const task = useTask(props.language);
  const download = useDownload();
  const [done, setDone] = useState<P>();
  const [failed, setFailed] = useState(false);

  const make = () =>
    task.run(async () => {
      setDone(undefined);
      setFailed(false);
      download.clear();
      await nextPaint();
      const made = await props.make(props.clock());
      if (!made || made.count === 0) {
        setFailed(true);
        return;
      }
      const file = t.zipName({ base: downloadBase(props.workspace.name) });
      await download.deliver(await made.zip(), file);
      setDone({ ...made.figures, count: made.count, file });
    });

  return (
    <StepSection id={props.id} title={t.title} busy={task.busy} busyLabel={t.making} error={task.error}>
      <Note intent="info">{t.intro}</Note>
      <div className={s.row}>
        <Button onClick={() => void make()} disabled={task.busy} title={t.runHint}>
          {t.run}
        </Button>
      </div>
      {done && <Note intent="success">{t.done(done)}</Note>}
      {download.note && <Note intent="info">{download.note}</Note>}
      {failed && <Note intent="error">{t.failed}</Note>}
    </StepSection>
  );
}
