import { describe, expect, it } from 'vitest';
import { acceleratorFor, bindingFor, commandFor, isChord, KEYMAP, type KeyPress } from '../../src/shared/keymap';
import { HELP_TEXT, helpRows } from '../../src/renderer/src/lib/keymap';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('commandFor', () => {
  it('reads a letter as typed: plain n steps reports, Ctrl+N is not n, Alt+n is nothing', () => {
    expect(commandFor(press('n'), 'app')).toBe('next-report');
    expect(commandFor(press('n', { ctrlKey: true }), 'app')).toBeNull();
    expect(commandFor(press('n', { altKey: true }), 'app')).toBeNull();
    expect(commandFor(press('N', { shiftKey: true }), 'app')).toBeNull();
  });

  it('takes Ctrl or Cmd for mod chords, with Shift as the table says', () => {
    expect(commandFor(press('o', { ctrlKey: true }), 'app')).toBe('import');
    expect(commandFor(press('O', { metaKey: true }), 'app')).toBe('import');
    expect(commandFor(press('o', { ctrlKey: true, shiftKey: true }), 'app')).toBe('import-folder');
    expect(commandFor(press('O', { ctrlKey: true, shiftKey: true }), 'app')).toBe('import-folder');
    expect(commandFor(press('o', { ctrlKey: true, altKey: true }), 'app')).toBeNull();
    // Zoom does not care for Shift (Ctrl and + needs it on many keyboards).
    expect(commandFor(press('+', { ctrlKey: true, shiftKey: true }), 'app')).toBe('zoom-in');
  });

  it('lets the desktop menu have the keys it already handles', () => {
    expect(commandFor(press('-', { ctrlKey: true }), 'app', true)).toBe('zoom-out');
    expect(commandFor(press('-', { ctrlKey: true }), 'app', false)).toBeNull();
  });

  it('gives one key different meanings in different places', () => {
    expect(commandFor(press(' '), 'list')).toBe('pick');
    expect(commandFor(press(' '), 'results')).toBe('preview');
    expect(commandFor(press('Enter', { shiftKey: true }), 'find')).toBe('find-previous');
    expect(commandFor(press('F3', { shiftKey: true, ctrlKey: true }), 'app')).toBe('previous-hit');
    expect(commandFor(press('Enter', { ctrlKey: true }), 'note')).toBe('save-note');
    expect(commandFor(press('Enter'), 'note')).toBeNull();
  });

  it('opens the current highlight’s note with Shift+N and its tags with Shift+T, leaving plain n to step reports', () => {
    expect(commandFor(press('N', { shiftKey: true }), 'reader')).toBe('note-highlight');
    expect(commandFor(press('T', { shiftKey: true }), 'compare')).toBe('tag-highlight');
    expect(commandFor(press('n'), 'reader')).toBeNull();
    expect(commandFor(press('n'), 'app')).toBe('next-report');
    // Caps Lock without Shift is not the chord (a capital alone must not open an editor).
    expect(commandFor(press('N'), 'reader')).toBeNull();
  });
});

describe('KEYMAP', () => {
  it('binds no chord twice in one place (the later one could never be reached)', () => {
    const shadowed = KEYMAP.filter((b) => {
      const probes: KeyPress[] = [false, true].flatMap((shiftKey) =>
        [{}, { ctrlKey: true }, { metaKey: true }].map((m) => press(b.key, { shiftKey, ...m })),
      );
      return probes.some((p) => isChord(b, p) && bindingFor(p, b.scope, true) !== b);
    });
    expect(shadowed).toEqual([]);
  });

  it('gives the Electron menu the same accelerators', () => {
    expect(acceleratorFor('import')).toBe('CmdOrCtrl+O');
    expect(acceleratorFor('import-folder')).toBe('CmdOrCtrl+Shift+O');
    expect(acceleratorFor('add-text')).toBe('CmdOrCtrl+N');
    expect(acceleratorFor('print')).toBe('CmdOrCtrl+P');
    expect(acceleratorFor('find')).toBe('CmdOrCtrl+F');
    expect(acceleratorFor('shortcuts')).toBe('CmdOrCtrl+/');
    expect(acceleratorFor('next-report')).toBeUndefined();
  });
});

describe('helpRows', () => {
  it('lists every topic of the table once, in its order, each with its words', () => {
    const rows = helpRows({ mac: false, desktop: true });
    const topics = [...new Set(KEYMAP.flatMap((b) => (b.help ? [b.help] : [])))];
    expect(rows.map((r) => r.topic)).toEqual(topics);
    for (const r of rows) expect(HELP_TEXT[r.topic]).toMatch(/^key/);
    expect(rows.find((r) => r.topic === 'zoom')!.chords).toEqual([['Control', '+'], ['Control', '−'], ['Control', '0']]);
    expect(rows.find((r) => r.topic === 'search')!.chords).toEqual([['Control', 'K'], ['/']]);
  });

  it('leaves out what only the desktop menu does in the browser, and says Cmd on a Mac', () => {
    const browser = helpRows({ mac: true, desktop: false });
    // Ctrl/Cmd+N (a new browser window) is the desktop menu's only; a folder imports in both.
    expect(browser.map((r) => r.topic)).not.toContain('add-text');
    expect(browser.find((r) => r.topic === 'import-folder')!.chords).toEqual([['Meta', 'Shift', 'O']]);
    expect(browser.find((r) => r.topic === 'help')!.chords).toEqual([['?']]);
    expect(browser.find((r) => r.topic === 'import')!.chords).toEqual([['Meta', 'O']]);
  });
});
