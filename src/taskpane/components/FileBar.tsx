/** Standalone mode: open a .xlsx file from disk (a real file input behind a Fluent button). */
import { Button, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import type { UiText } from '../view';
import { useStyles } from '../styles';

export function FileBar(props: { readonly t: UiText; readonly fileName?: string; readonly busy: boolean; readonly onFile: (file: File) => void }) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={s.row}>
      <input
        ref={input}
        id="xlsx-file"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={s.hiddenInput}
        tabIndex={-1}
        aria-hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after editing it) opens it again.
          e.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
      <Button appearance="primary" onClick={() => input.current?.click()} disabled={props.busy} title={props.t.file.openHint}>
        {props.t.file.open}
      </Button>
      <Text role="status">{props.busy ? props.t.file.reading : props.fileName ? props.t.file.opened({ name: props.fileName }) : props.t.file.none}</Text>
    </div>
  );
}
