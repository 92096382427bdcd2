/** Step 5: removes the add-in's highlights, nothing else. */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../../i18n';
import { clearHighlights } from '../../app/usecases';
import type { Workspace } from '../environment';
import { useStyles } from '../styles';
import { useTask } from '../useTask';
import { uiText } from '../view';
import { Note, StepSection } from './StepSection';

export function ClearStep(props: { readonly workspace: Workspace; readonly language: Language }) {
  const s = useStyles();
  const t = uiText(props.language);
  const task = useTask(props.language);
  const [done, setDone] = useState(false);
  const clear = () =>
    task.run(async () => {
      setDone(false);
      await clearHighlights(props.workspace.port);
      setDone(true);
    });
  return (
    <StepSection id="step-clear" title={t.steps.clear} busy={task.busy} error={task.error}>
      <div className={s.row}>
        <Button onClick={() => void clear()} disabled={task.busy}>
          {t.clear.run}
        </Button>
      </div>
      {done && <Note intent="success">{t.clear.done}</Note>}
    </StepSection>
  );
}
