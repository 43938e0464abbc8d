import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Electron } from './electron-like';

/**
 * The window's size and place, remembered between runs in a small JSON file in userData.
 * The file is read as untrusted input: anything malformed is ignored (the window opens at
 * its default size), and a window that would land on a display no longer attached is
 * moved back to the primary one.
 */

/** What is stored. `x`/`y` are absent when the window should be centred. */
export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  isMaximized: boolean;
}

/** Name of the file in userData. */
export const WINDOW_STATE_FILE = 'window-state.json';
/** Smallest window in which three panes still fit; also the BrowserWindow's minimum. */
export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;
/** First-run size: room for list and reader side by side on a 1366×768 laptop. */
export const DEFAULT_STATE: WindowState = { width: 1280, height: 800, isMaximized: false };
/** Larger than any display; a bigger value is corrupt, not a wish. */
const MAX_EDGE = 20_000;
/**
 * How much of the window's top strip must lie on a display for it to count as visible:
 * enough of the title bar to grab and drag it back.
 */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 40;

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Parses the stored JSON; returns null for anything that is not a valid state. */
export function parseWindowState(json: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  if (!isInt(r.width, MIN_WIDTH, MAX_EDGE) || !isInt(r.height, MIN_HEIGHT, MAX_EDGE)) return null;
  const state: WindowState = { width: r.width, height: r.height, isMaximized: r.isMaximized === true };
  if (isInt(r.x, -MAX_EDGE, MAX_EDGE) && isInt(r.y, -MAX_EDGE, MAX_EDGE)) {
    state.x = r.x;
    state.y = r.y;
  }
  return state;
}

/**
 * Keeps a window on screen: when no display's work area holds a grab-able part of its title
 * bar, the position is dropped (Electron then centres it), and the size is clamped to the
 * primary display's work area.
 */
export function fitToDisplays(
  state: WindowState,
  displays: Pick<Electron.Display, 'workArea'>[],
  primary: Pick<Electron.Display, 'workArea'>,
): WindowState {
  const out: WindowState = { ...state };
  if (out.x !== undefined && out.y !== undefined) {
    const { x, y, width } = out;
    const visible = displays.some(({ workArea: a }) => {
      const overlapW = Math.min(x + width, a.x + a.width) - Math.max(x, a.x);
      const overlapH = Math.min(y + GRAB_HEIGHT, a.y + a.height) - Math.max(y, a.y);
      return overlapW >= Math.min(GRAB_WIDTH, width) && overlapH >= GRAB_HEIGHT;
    });
    if (!visible) {
      delete out.x;
      delete out.y;
    }
  }
  if (out.x === undefined) {
    out.width = Math.max(MIN_WIDTH, Math.min(out.width, primary.workArea.width));
    out.height = Math.max(MIN_HEIGHT, Math.min(out.height, primary.workArea.height));
  }
  return out;
}

/** Reads the stored state; a missing, unreadable or invalid file gives `DEFAULT_STATE`. */
export function loadWindowState(file: string): WindowState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Best effort: no file on first run, or unreadable; the default size is the answer.
    return { ...DEFAULT_STATE };
  }
  return parseWindowState(text) ?? { ...DEFAULT_STATE };
}

/** Writes the state atomically (temp file + rename), so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(state), 'utf8');
  renameSync(tmp, file);
}

/** The state of a window about to close: its normal (un-maximized) bounds and whether it was maximized. */
export function captureWindowState(win: Electron.BrowserWindow): WindowState {
  const b = win.getNormalBounds();
  return { x: b.x, y: b.y, width: b.width, height: b.height, isMaximized: win.isMaximized() };
}
