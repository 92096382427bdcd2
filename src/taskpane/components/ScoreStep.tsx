/**
 * Step 5: scores and ranks without writing. The ratio rules and proposals at a glance, each
 * proposal listed under its verdict, the changes between tiers, the ranking per block (a unit's name
 * opens its detail) and one chart of units per band.
 */
import { Button, Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { dictionaries, type Language } from '../../i18n';
import { explainUnit } from '../../i18n/explain';
import { formatNumberEn, formatNumberVi } from '../../i18n/types';
import { checkData } from '../../app/usecases';
import type { RunResult } from '../../workbook/run';
import type { Workspace } from '../environment';
import { useStyles } from '../styles';
import { nextPaint, useTask } from '../useTask';
import { rankingBlocks, uiText } from '../view';
import { bandCounts, bandOrder, proposalGroups, tierLines, unitDetail } from '../detail';
import { RankingTable } from './RankingTable';
import { Note, StepSection } from './StepSection';
import { UnitDetail } from './UnitDetail';

const BandChart = lazy(() => import(/* webpackChunkName: "charts" */ './BandChart'));

/** A pane is not a spreadsheet: long lists stop here, the sheets hold them all. */
const listedAtMost = 100;

export function ScoreStep(props: { readonly workspace: Workspace; readonly language: Language; readonly clock: () => Date }) {
  const s = useStyles();
  const t = uiText(props.language);
  const p = dictionaries[props.language].pane;
  const task = useTask(props.language);
  const [result, setResult] = useState<RunResult>();
  const [selected, setSelected] = useState<string>();
  const score = () =>
    task.run(async () => {
      await nextPaint();
      setSelected(undefined);
      setResult(await checkData(props.workspace.port, props.clock()));
    });
  const evaluation = result?.evaluation;
  const plan = result?.plan;
  const blocks = evaluation ? rankingBlocks(evaluation, props.language) : [];
  const ratiosMet = evaluation?.ratios.filter((r) => r.met).length ?? 0;
  const verdicts = evaluation?.eligibility?.verdicts ?? [];
  const count = (v: string): number => verdicts.filter((x) => x.verdict === v).length;
  const fmt = props.language === 'vi' ? formatNumberVi : formatNumberEn;
  const percent = (share: number): string => `${fmt(Math.round(share * 1000) / 10)}%`;
  const groups = evaluation ? proposalGroups(evaluation, props.language) : [];
  const tiers = evaluation ? tierLines(evaluation, props.language) : [];
  const detail = evaluation && plan && selected !== undefined ? unitDetail(evaluation, plan, selected, props.language) : undefined;
  const toggle = (code: string) => setSelected((now) => (now === code ? undefined : code));
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
      {groups.length > 0 && (
        <div aria-label={p.proposals.heading} className={s.disclosure}>
          {groups.map((g) => (
            <details key={g.verdict} data-verdict={g.verdict}>
              <summary>{g.label}</summary>
              <ul className={s.bullets}>
                {g.items.slice(0, listedAtMost).map((item) => (
                  <li key={item.key}>
                    {item.text}
                    {item.reasons !== '' && <span className={s.unitNote}>{item.reasons}</span>}
                  </li>
                ))}
              </ul>
              {g.items.length > listedAtMost && <Text className={s.muted}>{t.check.more({ count: g.items.length - listedAtMost })}</Text>}
            </details>
          ))}
        </div>
      )}
      {evaluation && (
        <details className={s.disclosure} data-tiers>
          <summary>
            {p.tiers.heading} ({tiers.length})
          </summary>
          {tiers.length === 0 ? (
            <Text className={s.muted}>{p.tiers.none}</Text>
          ) : (
            <ul className={s.bullets}>
              {tiers.map((line) => (
                <li key={line.key} className={line.unexplained ? s.warningText : undefined}>
                  {line.text}
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
      {blocks.length > 0 && <Text className={s.muted}>{p.detailHint}</Text>}
      {blocks.map((b) => (
        <div key={b.block}>
          <h3 className={s.blockHeading}>{b.heading}</h3>
          <RankingTable block={b} t={t} columns={p.columns} detailHint={p.detailHint} selected={selected} onSelect={toggle} />
          {detail && b.rows.some((r) => r.key === detail.code) && (
            // The engine's sentences (band, tie, award, next band) above the gaps the detail computes.
            <UnitDetail detail={detail} text={p.detail} sentences={evaluation ? explainUnit(evaluation, detail.code, props.language) : undefined} onClose={() => setSelected(undefined)} />
          )}
          {b.unscored && <Text className={s.muted}>{b.unscored}</Text>}
        </div>
      ))}
      {evaluation && plan && blocks.some((b) => b.rows.length > 0) && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <BandChart blocks={bandCounts(evaluation, plan, props.language)} order={bandOrder(plan, props.language)} title={p.chart} culture={props.language === 'vi' ? 'vi-VN' : 'en-GB'} noBand={p.chartNone} />
        </Suspense>
      )}
    </StepSection>
  );
}
