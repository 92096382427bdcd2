/**
 * Feedback packets from a .xlsx on disk into a folder, one workbook per unit (Node only: the command
 * line). A file already in the folder is never replaced: a taken name gets " (2)", " (3)" …, and the
 * name is claimed with a hard link, which fails rather than replaces, so two runs at once cannot clobber each other.
 */
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { makeFeedback, type FeedbackResult } from '../../app/feedback';
import { FileError } from './file';
import { packetCreator, packetToBuffer } from './feedback-zip';
import { createXlsxPort, loadWorkbook } from './port';

export interface WrittenPacket {
  readonly unitCode: string;
  readonly path: string;
  /** The name the packet wanted, when it was taken and a numbered name was used instead. */
  readonly wanted?: string;
}

/** Writes `data` under `name` in `folder`, or "name (2)" … when taken; never replaces a file. */
export async function writeNew(folder: string, name: string, data: Uint8Array): Promise<string> {
  const temp = join(folder, `.${name}.${process.pid}-${process.hrtime.bigint()}.tmp`);
  await writeFile(temp, data, { flag: 'wx' });
  try {
    const stem = name.replace(/\.xlsx$/i, '');
    for (let i = 1; ; i++) {
      const candidate = join(folder, i === 1 ? name : `${stem} (${i}).xlsx`);
      try {
        await link(temp, candidate);
        return candidate;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  } finally {
    await rm(temp, { force: true });
  }
}

export interface FeedbackFolderResult extends FeedbackResult {
  readonly written: readonly WrittenPacket[];
}

export async function writeFeedbackToFolder(input: string, folder: string, options: { readonly now: Date }): Promise<FeedbackFolderResult> {
  let data: Buffer;
  try {
    data = await readFile(input);
  } catch (e) {
    throw new FileError('notFound', input, e instanceof Error ? e.message : String(e));
  }
  let wb;
  try {
    wb = await loadWorkbook(data);
  } catch (e) {
    throw new FileError('notXlsx', input, e instanceof Error ? e.message : String(e));
  }
  const made = await makeFeedback(createXlsxPort(wb), { now: options.now });
  const written: WrittenPacket[] = [];
  const creator = packetCreator(made.result.plan?.info.issuer);
  try {
    if (made.packets.length > 0) await mkdir(folder, { recursive: true });
    for (const packet of made.packets) {
      const path = await writeNew(folder, packet.fileName, await packetToBuffer(packet, { now: options.now, creator }));
      written.push(basename(path) === packet.fileName ? { unitCode: packet.unitCode, path } : { unitCode: packet.unitCode, path, wanted: packet.fileName });
    }
  } catch (e) {
    throw new FileError('cannotWrite', folder, e instanceof Error ? e.message : String(e));
  }
  return { ...made, written };
}
