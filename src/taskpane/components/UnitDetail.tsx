/**
 * A unit's detail, opened from the ranking: where it stands, the gap to the next band and to the
 * block leader, the criteria under their threshold, and every criterion's score at each tier.
 */
import type { UnitSentences } from '../../i18n/explain';
import { Button, mergeClasses } from '@fluentui/react-components';
import type { Dictionary } from '../../i18n';
import type { UnitDetail as Detail } from '../detail';
import { useStyles } from '../styles';

export function UnitDetail(props: { readonly detail: Detail; readonly text: Dictionary['pane']['detail']; readonly sentences?: UnitSentences; readonly onClose: () => void }) {
  const s = useStyles();
  const { detail: d, text: t } = props;
  const sentences = props.sentences ? [props.sentences.band, props.sentences.tie, props.sentences.award, props.sentences.nextBand].filter((x): x is string => x !== undefined && x !== '') : [];
  return (
    <section className={s.detail} aria-label={d.title} data-unit={d.code}>
      <div className={s.detailHead}>
        <h4 className={s.detailTitle}>{d.title}</h4>
        <Button size="small" appearance="subtle" onClick={props.onClose} aria-label={t.close}>
          ✕
        </Button>
      </div>
      <span>{d.summary}</span>
      {/* The engine's own sentences (band, tie, award, next band), when it gives them. */}
      {sentences.length > 0 && (
        <div aria-label={t.explanation}>
          {sentences.map((line) => (
            <p key={line} style={{ margin: 0 }}>
              {line}
            </p>
          ))}
        </div>
      )}
      {/* The gap to the next band is said once: the engine's sentence when there is one, else the pane's own. */}
      {d.nextBand !== '' && !props.sentences?.nextBand && <span>{d.nextBand}</span>}
      <span>{d.toLeader}</span>
      <strong>{t.shortfalls}</strong>
      {d.shortfalls.length === 0 ? (
        <span>{t.noShortfall}</span>
      ) : (
        <ul className={s.bullets} aria-label={t.shortfalls}>
          {d.shortfalls.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <strong>{t.criteria}</strong>
      <table className={s.criteriaTable} aria-label={t.criteria}>
        <thead>
          <tr>
            {[t.code, t.max, t.self, t.blockLeader, t.council, t.used].map((h) => (
              <th key={h} className={s.criteriaCell} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {d.criteria.map((c) => (
            <tr key={c.code} className={mergeClasses(c.shortfall && s.criteriaShort)} title={c.text}>
              <th scope="row" className={s.criteriaCell} style={{ textAlign: 'left' }}>
                {c.code}
              </th>
              <td className={s.criteriaCell}>{c.max}</td>
              <td className={s.criteriaCell}>{c.self}</td>
              <td className={s.criteriaCell}>{c.blockLeader}</td>
              <td className={s.criteriaCell}>{c.council}</td>
              <td className={s.criteriaCell}>{c.used}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
