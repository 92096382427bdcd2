/** Runs one button's work: busy while it runs, a plain-words error if it fails. */
import { useCallback, useState } from 'react';
import type { Language } from '../i18n';
import { errorText } from './view';

export interface Task {
  readonly busy: boolean;
  readonly error?: string;
  run(work: () => Promise<void>): Promise<void>;
}

/** Lets the browser paint (a progress bar) before synchronous work starts. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function useTask(language: Language): Task {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
    } catch (e) {
      // The details go to the developer console; the user reads plain words.
      console.error(e);
      setFailure(e ?? new Error('failed'));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error: failure === undefined ? undefined : errorText(failure, language), run };
}
