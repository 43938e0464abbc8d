import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSavePdfRequest } from '../../src/main/pdf';
import { createDesktopClient } from '../../src/preload/client';
import { IPC_SAVE_PDF } from '../../src/shared/shell';
import { boot } from './boot';
import { bridgeCopy, connectRenderer } from './fake-electron';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** The shell started against a fake electron, and the page of its window as main sees it. */
async function shell() {
  const b = await boot();
  cleanups.push(b.tmp.cleanup);
  const win = b.fake.BrowserWindow.all[0]!;
  const frame = { url: pathToFileURL(join(b.appPath, 'out', 'renderer', 'index.html')).href, parent: null };
  const ask = (request: unknown) => b.fake.ipcMain.invokeFrom(win.webContents, frame, IPC_SAVE_PDF, request);
  return { ...b, win, frame, ask };
}

const request = { suggestedName: 'parallax-compare-b4444e-7c3d66.pdf', landscape: true };

describe('save as PDF (IPC_SAVE_PDF)', () => {
  it('asks for a file, prints the asking page with its print stylesheet and writes the PDF bytes there', async () => {
    const { fake, win, ask, tmp } = await shell();
    const target = join(tmp.dir, 'Vergleich April.pdf');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });

    const r = await ask(request);

    expect(r).toEqual({ ok: true, value: { saved: true, path: target } });
    // The dialog belongs to the window and starts in Documents with the suggested name.
    const [parent, options] = fake.dialog.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string; filters: unknown[] }];
    expect(parent).toBe(win);
    expect(options.defaultPath).toBe(join(fake.app.getPath('documents'), request.suggestedName));
    expect(options.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ landscape: true, printBackground: true }));
    expect(readFileSync(target, 'latin1')).toBe('%PDF-1.7 fake page\n%%EOF\n');
  });

  it('writes nothing and prints nothing when the dialog is cancelled', async () => {
    const { fake, win, ask, tmp } = await shell();
    const before = readdirSync(tmp.dir);
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await ask(request)).toEqual({ ok: true, value: { saved: false } });
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    expect(readdirSync(tmp.dir)).toEqual(before);
  });

  it('says what failed: rendering the page, or writing the file (naming it); no file is left', async () => {
    const { fake, win, ask, tmp } = await shell();
    const target = join(tmp.dir, 'out.pdf');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    win.webContents.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    expect(await ask(request)).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'savePdf: could not render the page as a PDF: Printing failed',
        messageCoded: { code: 'pdf.render-failed', params: { detail: 'Printing failed' } },
      },
    });
    expect(existsSync(target)).toBe(false);

    const nowhere = join(tmp.dir, 'no such folder', 'out.pdf');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: nowhere });
    const r = await ask(request);
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect((r as { error: { message: string } }).error.message).toMatch(new RegExp(`^savePdf: could not write "${nowhere.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": ENOENT`));
    expect(existsSync(nowhere)).toBe(false);
  });

  it('refuses a subframe or a foreign page, and a malformed request, before any dialog opens', async () => {
    const { fake, win, frame, ask } = await shell();
    for (const f of [{ url: frame.url, parent: frame }, { url: 'https://evil.example/', parent: null }, null]) {
      const r = await fake.ipcMain.invokeFrom(win.webContents, f, IPC_SAVE_PDF, request);
      expect(r, JSON.stringify(f?.url ?? null)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    for (const bad of [null, 'x.pdf', [], { suggestedName: 'x.pdf' }, { suggestedName: 7, landscape: true }, { ...request, path: '/etc/passwd' }]) {
      expect(await ask(bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('works from the page: the preload client asks main, which writes the file', async () => {
    const { fake, win, frame, tmp } = await shell();
    const page = bridgeCopy(createDesktopClient(connectRenderer(fake, win.webContents, frame))) as ReturnType<typeof createDesktopClient>;
    const target = join(tmp.dir, 'from-page.pdf');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(page.savePdf(request)).resolves.toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'latin1')).toMatch(/^%PDF-/);
    // A failure arrives with its code, across the context bridge.
    win.webContents.printToPDF.mockRejectedValueOnce(new Error('GPU process gone'));
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(page.savePdf(request)).rejects.toEqual({
      name: 'ApiError',
      code: 'INTERNAL',
      message: 'savePdf: could not render the page as a PDF: GPU process gone',
      messageCoded: { code: 'pdf.render-failed', params: { detail: 'GPU process gone' } },
    });
  });
});

describe('parseSavePdfRequest', () => {
  it('keeps a plain name and adds .pdf when missing', () => {
    expect(parseSavePdfRequest({ suggestedName: 'Vergleich.pdf', landscape: false })).toEqual({ ok: true, value: { suggestedName: 'Vergleich.pdf', landscape: false } });
    expect(parseSavePdfRequest({ suggestedName: 'Vergleich', landscape: true })).toEqual({ ok: true, value: { suggestedName: 'Vergleich.pdf', landscape: true } });
  });

  it('offers only a bare file name: folders, control and reserved characters go', () => {
    const name = (suggestedName: string) => {
      const r = parseSavePdfRequest({ suggestedName, landscape: true });
      return r.ok ? r.value.suggestedName : r.error.code;
    };
    expect(name('../../etc/passwd')).toBe('passwd.pdf');
    expect(name('C:\\Users\\x\\a.pdf')).toBe('a.pdf');
    expect(name('a\u0000b\n<c>:"d"|?*.pdf')).toBe('abcd.pdf');
    expect(name('..')).toBe('BAD_INPUT');
    expect(name('   ')).toBe('BAD_INPUT');
    expect(name('x'.repeat(121))).toBe('BAD_INPUT');
  });
});
