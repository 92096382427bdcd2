/** Step 2: the whole run without writing; counts by severity and the findings list. */
import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../../i18n';
import { checkData } from '../../app/usecases';
import type { RunResult } from '../../workbook/run';
import type { Workspace } from '../environment';
import { useStyles } from '../styles';
import { nextPaint, useTask } from '../useTask';
import { findingRows, severityCounts, uiText } from '../view';
import { FindingList } from './FindingList';
import { Note, StepSection } from './StepSection';

export function CheckStep(props: {
  readonly workspace: Workspace;
  readonly language: Language;
  readonly clock: () => Date;
  readonly canSelect: boolean;
  readonly onSelect: (sheet: string, address: string) => void;
}) {
  const s = useStyles();
  const t = uiText(props.language);
  const task = useTask(props.language);
  const [result, setResult] = useState<RunResult>();
  const check = () =>
    task.run(async () => {
      await nextPaint();
      setResult(await checkData(props.workspace.port, props.clock()));
    });
  const rows = result ? findingRows(result.findings, result.input?.units ?? [], props.language) : [];
  return (
    <StepSection id="step-check" title={t.steps.check} busy={task.busy} error={task.error}>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void check()} disabled={task.busy}>
          {t.check.run}
        </Button>
        {result && (
          <Text weight="semibold" role="status">
            {t.check.counts(severityCounts(result.findings))}
          </Text>
        )}
      </div>
      {result && rows.length === 0 && <Note intent="success">{t.check.none}</Note>}
      {rows.length > 0 && <FindingList rows={rows} t={t} canSelect={props.canSelect} onSelect={(r) => r.cell && props.onSelect(r.cell.sheet, r.cell.address)} />}
    </StepSection>
  );
}
