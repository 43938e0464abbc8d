import { describe, expect, it } from 'vitest';
import { acceleratorFor, bindingFor, commandFor, isChord, KEYMAP, type KeyPress } from '../../src/shared/keymap';
import { ariaKeyShortcuts, HELP_TEXT, helpRows } from '../../src/renderer/src/lib/keymap';
import { isViewCommand, VIEW_OF_COMMAND } from '../../src/renderer/src/lib/show-view';

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
    expect(commandFor(press('V', { ctrlKey: true, shiftKey: true }), 'app')).toBe('add-text');
    expect(commandFor(press('v', { metaKey: true, shiftKey: true }), 'app')).toBe('add-text');
    expect(commandFor(press('v', { ctrlKey: true }), 'app')).toBeNull();
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

describe('the views’ keys', () => {
  it('go to the sidebar’s views in its order with Ctrl or Cmd and 1..5, and only with them', () => {
    const views = ['1', '2', '3', '4', '5'].map((k) => commandFor(press(k, { ctrlKey: true }), 'app'));
    expect(views).toEqual(['view-library', 'view-annotations', 'view-stories', 'view-timeline', 'view-people']);
    expect(views.map((c) => VIEW_OF_COMMAND[c as keyof typeof VIEW_OF_COMMAND])).toEqual(['library', 'annotations', 'stories', 'timeline', 'people']);
    expect(commandFor(press('3', { metaKey: true }), 'app')).toBe('view-stories');
    // A digit alone is typed (the app has no plain digit keys), and Ctrl+Alt or Ctrl+Shift is another chord.
    expect(commandFor(press('3'), 'app')).toBeNull();
    expect(commandFor(press('3', { ctrlKey: true, altKey: true }), 'app')).toBeNull();
    expect(commandFor(press('3', { ctrlKey: true, shiftKey: true }), 'app')).toBeNull();
    // AZERTY: the digit row's keys are & é " ' ( without Shift; the place counts.
    expect(commandFor({ ...press('&', { ctrlKey: true }), code: 'Digit1' }, 'app')).toBe('view-library');
    expect(commandFor({ ...press('(', { ctrlKey: true }), code: 'Digit5' }, 'app')).toBe('view-people');
    expect(commandFor({ ...press('&'), code: 'Digit1' }, 'app')).toBeNull();
    // Zoom's Ctrl+0 stays zoom.
    expect(commandFor(press('0', { ctrlKey: true }), 'app')).toBe('zoom-reset');
  });

  it('are a command of the keymap and of the menu under one name, listed in the help and on the buttons', () => {
    const inTable = [...new Set(KEYMAP.map((b) => b.command).filter(isViewCommand))];
    expect(inTable).toEqual(Object.keys(VIEW_OF_COMMAND));
    expect(inTable.map((c) => acceleratorFor(c))).toEqual(['CmdOrCtrl+1', 'CmdOrCtrl+2', 'CmdOrCtrl+3', 'CmdOrCtrl+4', 'CmdOrCtrl+5']);
    const rows = helpRows({ mac: false, desktop: false });
    expect(rows.filter((r) => r.topic.startsWith('view-')).map((r) => r.chords)).toEqual([1, 2, 3, 4, 5].map((n) => [['Control', String(n)]]));
    expect(ariaKeyShortcuts('view-timeline')).toBe('Control+4 Meta+4');
    expect(isViewCommand('find')).toBe(false);
  });
});

describe('ariaKeyShortcuts', () => {
  it('says every chord of a command once, with Ctrl and Cmd, letters in capitals', () => {
    expect(ariaKeyShortcuts('import-folder')).toBe('Control+Shift+O Meta+Shift+O');
    // h highlights in the reader and in compare: one chord to a person.
    expect(ariaKeyShortcuts('highlight')).toBe('H');
    expect(ariaKeyShortcuts('note-highlight')).toBe('Shift+N');
    expect(ariaKeyShortcuts('focus-search')).toBe('Control+K Meta+K /');
    // Ctrl/Cmd+Click picks too, but a pointer chord is no key.
    expect(ariaKeyShortcuts('pick')).toBe('Space');
    // A desktop menu's chord is said only where the menu is.
    expect(ariaKeyShortcuts('add-text', KEYMAP, false)).toBe('Control+Shift+V Meta+Shift+V');
    expect(ariaKeyShortcuts('add-text', KEYMAP, true)).toBe('Control+N Meta+N Control+Shift+V Meta+Shift+V');
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
    // Ctrl/Cmd+N (a new browser window, which Chromium keeps from the page) is the desktop menu's
    // only; the browser's window adds text with Ctrl/Cmd+Shift+V. A folder imports in both.
    expect(browser.find((r) => r.topic === 'add-text')!.chords).toEqual([['Meta', 'Shift', 'V']]);
    expect(helpRows({ mac: false, desktop: true }).find((r) => r.topic === 'add-text')!.chords).toEqual([['Control', 'N'], ['Control', 'Shift', 'V']]);
    expect(browser.find((r) => r.topic === 'import-folder')!.chords).toEqual([['Meta', 'Shift', 'O']]);
    expect(browser.find((r) => r.topic === 'help')!.chords).toEqual([['?']]);
    expect(browser.find((r) => r.topic === 'import')!.chords).toEqual([['Meta', 'O']]);
  });
});
