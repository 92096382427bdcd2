/**
 * A file chosen from disk: a real file input, hidden, behind a Fluent button (the button is what a person
 * sees and tabs to; the input is what the browser needs). The input is cleared after each choice so that
 * choosing the same file again, after editing it, opens it again.
 */
import { Button } from '@fluentui/react-components';
import { useRef } from 'react';
import { useStyles } from '../styles';

export function FilePicker(props: {
  readonly id: string;
  readonly accept: string;
  readonly label: string;
  readonly hint?: string;
  readonly primary?: boolean;
  readonly disabled: boolean;
  readonly onFile: (file: File) => void;
}) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        id={props.id}
        type="file"
        accept={props.accept}
        className={s.hiddenInput}
        tabIndex={-1}
        aria-hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
      <Button {...(props.primary ? { appearance: 'primary' as const } : {})} onClick={() => input.current?.click()} disabled={props.disabled} {...(props.hint ? { title: props.hint } : {})}>
        {props.label}
      </Button>
    </>
  );
}
