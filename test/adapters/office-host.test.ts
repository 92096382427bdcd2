/**
 * Where a download does nothing (Office for Mac and iPad), no file is reported as delivered: a
 * workbook opens as a new one (Excel.createWorkbook) or the pane is told in words what to do.
 */
import { downloadBytes, setDelivery } from '../../src/taskpane/environment';
import { isPlainError } from '../../src/app/plain-error';


afterEach(() => setDelivery({ kind: 'download' }));

describe('files in Office for Mac and iPad', () => {
  it('a zip cannot be opened as a workbook: a plain message says what to do, nothing is reported done', () => {
    setDelivery({ kind: 'noDownload', openWorkbook: () => Promise.resolve() });
    let error: unknown;
    try {
      downloadBytes(new Uint8Array([1, 2, 3]), 'Biểu mẫu.zip');
    } catch (e) {
      error = e;
    }
    expect(isPlainError(error)).toBe(true);
    expect(error instanceof Error && error.message).toMatch(/Mac và iPad.*«Biểu mẫu.zip».*Excel trên web/);
  });

  it('a workbook opens as a new workbook when Excel can (ExcelApi 1.8), and says so', async () => {
    const opened: string[] = [];
    setDelivery({ kind: 'noDownload', openWorkbook: async (b) => void opened.push(b) });
    const result = downloadBytes(new Uint8Array([80, 75, 3, 4]), 'Kết quả.xlsx');
    expect(result.kind).toBe('opened');
    if (result.kind === 'opened') await result.done;
    expect(opened.map((b) => [...Buffer.from(b, 'base64')])).toEqual([[80, 75, 3, 4]]);
  });

  it('without createWorkbook, even a workbook gets the message', () => {
    setDelivery({ kind: 'noDownload' });
    expect(() => downloadBytes(new Uint8Array([1]), 'Kết quả.xlsx')).toThrow(/không cho phần bổ trợ tải tệp xuống/);
  });
});
