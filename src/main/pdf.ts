import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiErrorData, Result } from '../shared/errors';
import { IPC_SAVE_PDF, type SavePdfRequest, type SavePdfResult } from '../shared/shell';
import { notice } from '../shared/api/notices';
import { codedError } from '../shared/i18n';
import type { Electron, ElectronLike } from './electron-like';
import type { SenderCheck } from './ipc';

/** Longest file name offered in the dialog. */
const MAX_NAME = 120;

/**
 * Checks a save-PDF request that came over IPC and makes its name safe to offer: only the last
 * path segment, no control or reserved characters, ending in `.pdf`. Unknown fields are refused.
 */
export function parseSavePdfRequest(input: unknown): { ok: true; value: SavePdfRequest } | { ok: false; error: ApiErrorData } {
  const bad = (message: string) => ({ ok: false as const, error: { code: 'BAD_INPUT' as const, message: `savePdf: ${message}` } });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return bad('the request must be an object');
  const { suggestedName, landscape, ...rest } = input as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) return bad(`unknown field ${JSON.stringify(extra)}`);
  if (typeof suggestedName !== 'string') return bad('suggestedName must be a string');
  if (typeof landscape !== 'boolean') return bad('landscape must be true or false');
  if (suggestedName.length > MAX_NAME) return bad(`suggestedName is longer than ${MAX_NAME} characters`);
  // eslint-disable-next-line no-control-regex
  let name = (suggestedName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim();
  if (name === '' || /^\.+$/.test(name)) return bad(`no usable file name in ${JSON.stringify(suggestedName)}`);
  if (!/\.pdf$/i.test(name)) name += '.pdf';
  return { ok: true, value: { suggestedName: name, landscape } };
}

/** What the handler writes with; tests may pass their own. */
export interface PdfDeps {
  writeFile(path: string, data: Uint8Array): Promise<void>;
}

/**
 * Binds `IPC_SAVE_PDF`: the window asks to be saved as a PDF. Main asks for a file with the
 * native save dialog (in the documents folder, the suggested name), renders the sender's page
 * with `webContents.printToPDF` (so its print stylesheet applies) and writes the bytes there.
 * Answers a `Result`: `{ saved: false }` when the person cancels (nothing is written), an
 * error naming the file and the cause when printing or writing fails. Only the app's own
 * top-level page may ask.
 *
 * @returns a function that removes the handler.
 */
export function bindSavePdf(
  electron: Pick<ElectronLike, 'app' | 'BrowserWindow' | 'dialog' | 'ipcMain'>,
  isTrusted: SenderCheck,
  deps: PdfDeps = { writeFile },
): () => void {
  const { app, BrowserWindow, dialog, ipcMain } = electron;
  ipcMain.handle(IPC_SAVE_PDF, async (event, input: unknown): Promise<Result<SavePdfResult>> => {
    const frame = event.senderFrame;
    if (!isTrusted(frame)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: `savePdf: refused from frame ${JSON.stringify(frame?.url ?? null)}` } };
    }
    const request = parseSavePdfRequest(input);
    if (!request.ok) return request;
    const { suggestedName, landscape } = request.value;
    const options: Electron.SaveDialogOptions = {
      title: 'Save as PDF',
      defaultPath: join(documentsFolder(app), suggestedName),
      buttonLabel: 'Save',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const win = BrowserWindow.fromWebContents(event.sender);
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
    const path = choice.filePath;
    let data: Uint8Array;
    try {
      data = await event.sender.printToPDF({ printBackground: true, landscape, pageSize: 'A4' });
    } catch (e) {
      return { ok: false, error: codedError('INTERNAL', notice('pdf.render-failed', { detail: messageOf(e) })).toData() };
    }
    try {
      await deps.writeFile(path, data);
    } catch (e) {
      return { ok: false, error: codedError('INTERNAL', notice('pdf.write-failed', { path, detail: messageOf(e) })).toData() };
    }
    return { ok: true, value: { saved: true, path } };
  });
  return () => ipcMain.removeHandler(IPC_SAVE_PDF);
}

/** Where the dialog starts: the documents folder, else the home folder. */
function documentsFolder(app: ElectronLike['app']): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
