/**
 * Feedback packets from a .xlsx on disk into a folder, one workbook per unit (Node only: the command
 * line). A file already in the folder is never replaced: a taken name gets " (2)", " (3)" … (writeNewFile,
 * the templates' rule: created exclusively, so it works on a USB stick's FAT too, where hard links do not).
 * The scored workbook is read by the package reader, within its limits, like every other command's input.
 */
import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { makeFeedback, type FeedbackResult } from '../../app/feedback';
import { FileError, readWorkbookFile } from './file';
import { packetCreator, packetToBuffer } from './feedback-zip';
import { createBookPort } from './package/book';
import { writeNewFile } from './templates-file';

export interface WrittenPacket {
  readonly unitCode: string;
  readonly path: string;
  /** The name the packet wanted, when it was taken and a numbered name was used instead. */
  readonly wanted?: string;
}

export interface FeedbackFolderResult extends FeedbackResult {
  readonly written: readonly WrittenPacket[];
}

export async function writeFeedbackToFolder(input: string, folder: string, options: { readonly now: Date }): Promise<FeedbackFolderResult> {
  const book = await readWorkbookFile(input);
  const made = await makeFeedback(createBookPort(book), { now: options.now });
  const written: WrittenPacket[] = [];
  const creator = packetCreator(made.result.plan?.info.issuer);
  try {
    if (made.packets.length > 0) await mkdir(folder, { recursive: true });
    for (const packet of made.packets) {
      const path = await writeNewFile(folder, packet.fileName, await packetToBuffer(packet, { now: options.now, creator }));
      written.push(basename(path) === packet.fileName ? { unitCode: packet.unitCode, path } : { unitCode: packet.unitCode, path, wanted: packet.fileName });
    }
  } catch (e) {
    throw new FileError('cannotWrite', folder, e instanceof Error ? e.message : String(e));
  }
  return { ...made, written };
}
