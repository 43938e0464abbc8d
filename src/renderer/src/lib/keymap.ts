/**
 * The renderer's side of the one keymap (`src/shared/keymap.ts`): which command a key press
 * means in a scope, and the help overlay's rows. Components switch on commands, never on keys.
 */
import { bindingFor, KEYMAP, type HelpTopic, type KeyBinding, type KeyCommand, type KeyPress, type KeyScope } from '../../../shared/keymap';
import type { Messages } from './i18n/en';

export type { KeyBinding, KeyCommand, KeyScope };

/** True in the desktop app, whose menu takes some keys itself (zoom, the menu's accelerators). */
const isDesktop = typeof window !== 'undefined' && window.parallax !== undefined;

/** The binding a key press is in `scope`, or null. */
export function keyBinding(press: KeyPress, scope: KeyScope): KeyBinding | null {
  return bindingFor(press, scope, !isDesktop);
}

/** The command a key press means in `scope`, or null. */
export function keyCommand(press: KeyPress, scope: KeyScope): KeyCommand | null {
  return keyBinding(press, scope)?.command ?? null;
}

/** The help overlay's text of each topic. */
export const HELP_TEXT = {
  move: 'keyMove',
  page: 'keyPageJump',
  copies: 'keyCopies',
  group: 'keyGroup',
  open: 'keyOpen',
  back: 'keyBack',
  import: 'keyImport',
  'import-folder': 'keyImportFolder',
  'add-text': 'keyAddText',
  search: 'keySearch',
  'view-library': 'keyViewLibrary',
  'view-annotations': 'keyViewAnnotations',
  'view-stories': 'keyViewStories',
  'view-timeline': 'keyViewTimeline',
  'view-people': 'keyViewPeople',
  find: 'keyFind',
  'next-hit': 'keyNextHit',
  article: 'keyArticle',
  paragraph: 'keyParagraph',
  highlight: 'keyHighlight',
  note: 'keyNote',
  tag: 'keyTag',
  panel: 'keyPanel',
  read: 'keyRead',
  undo: 'keyUndo',
  redo: 'keyRedo',
  zoom: 'keyZoom',
  original: 'keyOriginal',
  edit: 'keyEdit',
  pick: 'keyPick',
  trash: 'keyTrash',
  'context-menu': 'keyContextMenu',
  compare: 'keyCompare',
  sync: 'keySync',
  pair: 'keyPair',
  print: 'keyPrint',
  'save-note': 'keySaveNote',
  preview: 'keyPreview',
  help: 'keyHelp',
} as const satisfies Record<HelpTopic, keyof Messages>;

/** One chord as key caps: modifiers first (`Control`, `Meta`, `Shift`), then the key. */
export type Chord = string[];

/** A row of the help overlay: its topic and the chords bound to it, in the table's order. */
export interface HelpRow {
  topic: HelpTopic;
  chords: Chord[];
}

const ARROWS: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', ArrowLeft: '←', ArrowRight: '→', '-': '−' };

/** The caps of one binding: `Meta` for Ctrl/Cmd on a Mac, `Control` elsewhere; letters in capitals. */
function chordOf(b: KeyBinding, mac: boolean): Chord {
  const key = ARROWS[b.key] ?? (b.key.length === 1 ? b.key.toUpperCase() : b.key);
  return [...(b.mod ? [mac ? 'Meta' : 'Control'] : []), ...(b.shift ? ['Shift'] : []), key];
}

/**
 * The help overlay's rows, in the table's order: every binding with a topic, one row per
 * topic. `desktop`: include what only the desktop app's menu does.
 */
export function helpRows(opts: { mac: boolean; desktop: boolean }, table: readonly KeyBinding[] = KEYMAP): HelpRow[] {
  const rows = new Map<HelpTopic, HelpRow>();
  for (const b of table) {
    if (!b.help || (b.scope === 'menu' && !opts.desktop)) continue;
    let row = rows.get(b.help);
    if (!row) rows.set(b.help, (row = { topic: b.help, chords: [] }));
    row.chords.push(chordOf(b, opts.mac));
  }
  return [...rows.values()];
}

/**
 * A command's chords as `aria-keyshortcuts` says them (`Control+1 Meta+1`, `Shift+N`): both Ctrl
 * and Cmd for a Ctrl/Cmd chord, as the handlers take either; letters in capitals, as the ARIA
 * examples write them; pointer chords left out.
 */
export function ariaKeyShortcuts(command: KeyCommand, table: readonly KeyBinding[] = KEYMAP, desktop = isDesktop): string {
  const chords = table
    // A chord of the desktop menu does nothing in a browser's window.
    .filter((b) => b.command === command && b.key !== 'Click' && (desktop || b.scope !== 'menu'))
    .flatMap((b) => {
      const rest = [...(b.shift ? ['Shift'] : []), b.key === ' ' ? 'Space' : b.key.length === 1 ? b.key.toUpperCase() : b.key];
      return b.mod ? [['Control', ...rest].join('+'), ['Meta', ...rest].join('+')] : [rest.join('+')];
    });
  // One command in two scopes (h in the reader and in compare) is one chord to a person.
  return [...new Set(chords)].join(' ');
}
