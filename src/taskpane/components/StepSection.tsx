/** One numbered step: a heading, its content, a progress bar while busy and an error in plain words. */
import { MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useStyles } from '../styles';

export function StepSection(props: { readonly id: string; readonly title: string; readonly busy: boolean; readonly busyLabel?: string; readonly error?: string; readonly children: ReactNode }) {
  const s = useStyles();
  return (
    <section className={s.section} aria-labelledby={`${props.id}-title`} aria-busy={props.busy}>
      <h2 id={`${props.id}-title`} className={s.sectionTitle}>
        {props.title}
      </h2>
      {props.children}
      {props.busy && <ProgressBar thickness="large" aria-label={props.busyLabel ?? props.title} />}
      {props.error && (
        <MessageBar intent="error">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

export function Note(props: { readonly intent: 'success' | 'info' | 'warning' | 'error'; readonly children: ReactNode }) {
  return (
    <MessageBar intent={props.intent} layout="multiline">
      <MessageBarBody>{props.children}</MessageBarBody>
    </MessageBar>
  );
}
