/**
 * A file a unit sent back, read for the import: its checksum, and its sheets as a snapshot (or why it
 * could not be read). Used by the command line (a folder) and the task pane (files picked by the officer).
 */
import { sha256Hex } from '../../app/bytes';
import type { ReturnedFile } from '../../app/import';
import { openBook } from './package/book';

export async function readReturnedFile(name: string, bytes: Uint8Array): Promise<ReturnedFile> {
  const checksum = await sha256Hex(bytes);
  try {
    return { name, bytes, checksum, snapshot: (await openBook(bytes)).snapshot };
  } catch (e) {
    return { name, bytes, checksum, error: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) };
  }
}
