/**
 * Step 6: one template per unit of the register, downloaded as one .zip. Inside Excel the
 * same .zip is offered rather than thirty sheets added to the open workbook: the officer sends each
 * unit its own file, and thirty extra sheets would bloat the master and be renamed by hand anyway.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { dictionaries, type Language } from '../../i18n';
import { makeTemplates } from '../../app/templates';
import { downloadBytes, type Workspace } from '../environment';
import { useStyles } from '../styles';
import { nextPaint, useTask } from '../useTask';
import { Note, StepSection } from './StepSection';

export function TemplatesStep(props: { readonly workspace: Workspace; readonly language: Language; readonly clock: () => Date }) {
  const s = useStyles();
  const t = dictionaries[props.language].templates.pane;
  const task = useTask(props.language);
  const [done, setDone] = useState<{ count: number; file: string; scorers: number }>();
  const [failed, setFailed] = useState(false);

  const make = () =>
    task.run(async () => {
      setDone(undefined);
      setFailed(false);
      await nextPaint();
      const made = await makeTemplates(props.workspace.port);
      if (made.templates.length === 0) {
        setFailed(true);
        return;
      }
      // ExcelJS and JSZip are loaded only when templates are made.
      const { templatesZip } = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx/templates-zip');
      const file = t.zipName({ base: (props.workspace.name ?? 'thi-dua').replace(/\.xlsx$/i, '') });
      downloadBytes(await templatesZip(made.templates, { now: props.clock() }), file);
      setDone({ count: made.templates.length, file, scorers: made.templates.filter((x) => x.kind === 'scorer').length });
    });

  return (
    <StepSection id="step-templates" title={t.title} busy={task.busy} busyLabel={t.making} error={task.error}>
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
