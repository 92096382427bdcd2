/**
 * Handing a made file to the officer, one way for every step: the file's name from the open workbook's,
 * the bytes delivered by the environment (a download; in Office for Mac and iPad a workbook opened
 * instead), and what became of it said in a note — never "downloaded" when it was opened.
 */
import { useCallback, useState } from 'react';
import { downloadBytes } from './environment';

/** The open workbook's name without .xlsx, the base of every download's name; «thi-dua» when it has none. */
export function downloadBase(workbookName: string | undefined): string {
  return (workbookName ?? 'thi-dua').replace(/\.xlsx$/i, '');
}

export interface Download {
  /** What the environment did instead of a download (the workbook opened as a new one), to say under the step. */
  readonly note?: string;
  /** Delivers the bytes under `fileName`; resolves once they are downloaded or opened, throws a plain message otherwise. */
  deliver(bytes: Uint8Array, fileName: string): Promise<void>;
  clear(): void;
}

export function useDownload(): Download {
  const [note, setNote] = useState<string>();
  const deliver = useCallback(async (bytes: Uint8Array, fileName: string) => {
    setNote(undefined);
    const delivered = downloadBytes(bytes, fileName);
    if (delivered.kind === 'opened') {
      await delivered.done;
      setNote(delivered.message);
    }
  }, []);
  const clear = useCallback(() => setNote(undefined), []);
  return note === undefined ? { deliver, clear } : { note, deliver, clear };
}
