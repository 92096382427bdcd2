/**
 * The request context of the fake: operations are queued by the proxies and applied, in order,
 * only at sync(), as office.js does. Each sync is counted and its payload measured (UTF-8 bytes
 * of the JSON of the queued operations, and of the data loaded back); a request or a response
 * over the limit (5 MB, as Excel on the web) is refused like office.js refuses it.
 */
import type { XRequestContext } from '../../src/adapters/office/api';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import type { FakeWorkbookModel } from './model';

export interface FakeOptions {
  /** Throw on the n-th sync (1-based, counted over the fake's life), after applying half of its operations. */
  failOnSync?: number;
  /** Bytes a request or a response may carry; 5 MB by default. */
  payloadLimit?: number;
  /**
   * What Excel would find in each base64 file given to insertWorksheetsFromBase64 (the test reads the
   * files with ExcelJS beforehand); a file not listed is refused as Excel refuses a damaged one.
   */
  files?: ReadonlyMap<string, WorkbookSnapshot>;
  /**
   * What the user is doing: editing a cell (Excel refuses every request, InvalidOperationInCellEditMode)
   * or viewing a read-only document (Excel refuses any request that changes it, AccessDenied). Either
   * refusal is whole: nothing of the request is applied. Tests may change it between syncs.
   */
  mode?: 'cellEdit' | 'readOnly';
  /**
   * The ExcelApi requirement set this Excel supports ("1.7" for volume-licensed Office 2019); any
   * member above it is refused (ApiNotFound) when called. All of them by default.
   */
  level?: string;
  /** Called before the n-th sync (1-based, over the fake's life) is applied: what a co-author or the user does meanwhile. */
  beforeSync?: (n: number, model: FakeWorkbookModel, options: FakeOptions) => void;
}

export interface SyncRecord {
  readonly request: number;
  readonly response: number;
  /** The error code when Excel refused this sync. */
  readonly refused?: string;
}

export interface FakeState {
  readonly model: FakeWorkbookModel;
  readonly options: FakeOptions;
  readonly syncs: SyncRecord[];
}

export interface Op {
  /** What office.js would send for this operation. */
  readonly payload: unknown;
  /** Applies it to the model; what it returns is sent back (loaded data). */
  readonly apply: () => unknown;
}

export const fiveMegabytes = 5 * 1024 * 1024;

export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}

const minor = (version: string): number => Number(version.split('.')[1] ?? 0);

/** What Office.context.requirements.isSetSupported says in an Excel of this level. */
export function supportsUpTo(level: string | undefined): (name: string, version: string) => boolean {
  return (name, version) => name === 'ExcelApi' && (level === undefined || minor(version) <= minor(level));
}

/** A member of a requirement set above the fake's level is refused, as office.js does in an older Excel. */
export function requireSet(state: FakeState, version: string, member: string): void {
  const level = state.options.level;
  if (level !== undefined && minor(version) > minor(level)) {
    throw officeError('ApiNotFound', `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`);
  }
}

/** Reading a property that was not loaded and synced, as office.js refuses it. */
export function need<T>(value: T | undefined, property: string): T {
  if (value === undefined) {
    throw officeError('PropertyNotLoaded', `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  }
  return value;
}

/** Loads (and the calculation hint) read; everything else changes the document. */
function isRead(payload: unknown): boolean {
  const action = (payload as { action?: unknown } | null)?.action;
  return action === 'load' || action === 'suspendApiCalculationUntilNextSync';
}

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

export class FakeQueue {
  private ops: Op[] = [];
  constructor(readonly state: FakeState) {}

  get model(): FakeWorkbookModel {
    return this.state.model;
  }

  enqueue(payload: unknown, apply: () => unknown): void {
    this.ops.push({ payload, apply });
  }

  get pending(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    const n = this.state.syncs.length + 1;
    this.state.options.beforeSync?.(n, this.state.model, this.state.options);
    const limit = this.state.options.payloadLimit ?? fiveMegabytes;
    const request = ops.reduce((sum, op) => sum + bytes(op.payload), 0);
    if (request > limit) {
      this.state.syncs.push({ request, response: 0, refused: 'RequestPayloadSizeLimitExceeded' });
      throw officeError('RequestPayloadSizeLimitExceeded', `The request payload size (${request}) has exceeded the limit.`);
    }
    const mode = this.state.options.mode;
    const changes = ops.some((op) => !isRead(op.payload));
    if (mode === 'cellEdit' || (mode === 'readOnly' && changes)) {
      const code = mode === 'cellEdit' ? 'InvalidOperationInCellEditMode' : 'AccessDenied';
      this.state.syncs.push({ request, response: 0, refused: code });
      throw officeError(code, mode === 'cellEdit' ? 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.' : 'You cannot perform the requested operation.');
    }
    const failing = this.state.options.failOnSync === n;
    const count = failing ? Math.floor(ops.length / 2) : ops.length;
    let response = 0;
    try {
      for (let i = 0; i < count; i++) {
        const out = ops[i]?.apply();
        if (out !== undefined) response += bytes(out);
      }
    } catch (error) {
      this.state.syncs.push({ request, response, refused: (error as { code?: string }).code ?? 'Error' });
      throw error;
    }
    if (failing) {
      this.state.syncs.push({ request, response, refused: 'GeneralException' });
      throw officeError('GeneralException', `An internal error has occurred (sync ${n}, failOnSync).`);
    }
    if (response > limit) {
      this.state.syncs.push({ request, response, refused: 'ResponsePayloadSizeLimitExceeded' });
      throw officeError('ResponsePayloadSizeLimitExceeded', `The response payload size (${response}) has exceeded the limit.`);
    }
    this.state.syncs.push({ request, response });
  }
}

export type { XRequestContext };
