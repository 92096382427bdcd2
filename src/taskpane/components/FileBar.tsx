/** Standalone mode: open a .xlsx file from disk (a real file input behind a Fluent button). */
import { Text } from '@fluentui/react-components';
import type { UiText } from '../view';
import { useStyles } from '../styles';
import { FilePicker } from './FilePicker';

export function FileBar(props: { readonly t: UiText; readonly fileName?: string; readonly busy: boolean; readonly onFile: (file: File) => void }) {
  const s = useStyles();
  return (
    <div className={s.row}>
      <FilePicker
        id="xlsx-file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label={props.t.file.open}
        hint={props.t.file.openHint}
        primary
        disabled={props.busy}
        onFile={props.onFile}
      />
      <Text role="status">{props.busy ? props.t.file.reading : props.fileName ? props.t.file.opened({ name: props.fileName }) : props.t.file.none}</Text>
    </div>
  );
}
