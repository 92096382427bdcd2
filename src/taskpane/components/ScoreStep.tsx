/** Step 3: scores and ranks without writing; a ranking table and a bar chart per block. */
import { Button, Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Language } from '../../i18n';
import { formatNumberEn, formatNumberVi } from '../../i18n/types';
import { checkData } from '../../app/usecases';
import type { RunResult } from '../../workbook/run';
import type { Workspace } from '../environment';
import { useStyles } from '../styles';
import { nextPaint, useTask } from '../useTask';
import { rankingBlocks, uiText } from '../view';
import { RankingTable } from './RankingTable';
import { Note, StepSection } from './StepSection';

const TotalsChart = lazy(() => import(/* webpackChunkName: "charts" */ './TotalsChart'));

export function ScoreStep(props: { readonly workspace: Workspace; readonly language: Language; readonly clock: () => Date }) {
  const s = useStyles();
  const t = uiText(props.language);
  const task = useTask(props.language);
  const [result, setResult] = useState<RunResult>();
  const score = () =>
    task.run(async () => {
      await nextPaint();
      setResult(await checkData(props.workspace.port, props.clock()));
    });
  const evaluation = result?.evaluation;
  const blocks = evaluation ? rankingBlocks(evaluation, props.language) : [];
  const ratiosMet = evaluation?.ratios.filter((r) => r.met).length ?? 0;
  const verdicts = evaluation?.eligibility?.verdicts ?? [];
  const count = (v: string): number => verdicts.filter((x) => x.verdict === v).length;
  const fmt = props.language === 'vi' ? formatNumberVi : formatNumberEn;
  const percent = (share: number): string => `${fmt(Math.round(share * 1000) / 10)}%`;
  return (
    <StepSection id="step-score" title={t.steps.score} busy={task.busy} busyLabel={t.score.running} error={task.error}>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void score()} disabled={task.busy}>
          {t.score.run}
        </Button>
        {task.busy && <Text>{t.score.running}</Text>}
      </div>
      {result && !evaluation && <Note intent="error">{t.score.noPlan}</Note>}
      {evaluation && evaluation.ratios.length > 0 && <Text role="status">{t.score.ratios({ met: ratiosMet, total: evaluation.ratios.length })}</Text>}
      {evaluation?.ratios
        .filter((r) => !r.met)
        .map((r, i) => (
          <Note key={`${r.rule.name}-${r.scope}-${i}`} intent="warning">
            {t.score.ratioUnmet[r.rule.comparison]({
              rule: r.rule.name,
              qualifying: r.qualifying,
              total: r.total,
              ratio: r.ratio === undefined ? '—' : percent(r.ratio),
              threshold: percent(r.rule.ratio),
              add: r.closeByAdding,
              remove: r.closeByRemoving,
            })}
          </Note>
        ))}
      {verdicts.length > 0 && <Text>{t.score.proposals({ eligible: count('eligible'), notEligible: count('notEligible'), needsCheck: count('needsCheck') })}</Text>}
      {blocks.map((b) => (
        <div key={b.block}>
          <h3 className={s.blockHeading}>{b.heading}</h3>
          <RankingTable block={b} t={t} />
          {b.unscored && <Text className={s.muted}>{b.unscored}</Text>}
          {b.rows.length > 0 && (
            <Suspense fallback={<Spinner size="tiny" />}>
              <TotalsChart block={b} title={t.score.chart({ block: b.block })} scale={result?.plan?.info.scale ?? 100} culture={props.language === 'vi' ? 'vi-VN' : 'en-GB'} />
            </Suspense>
          )}
        </div>
      ))}
    </StepSection>
  );
}
