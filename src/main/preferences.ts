import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * The few settings the shell keeps itself (the library keeps everything else). Stored as
 * JSON in userData and read as untrusted input: an unknown value falls back to the default.
 */

/** The View › Theme choice; `system` follows the OS. Maps to `nativeTheme.themeSource`. */
export type Theme = 'system' | 'light' | 'dark';

export interface Preferences {
  theme: Theme;
}

/** Name of the file in userData. */
export const PREFERENCES_FILE = 'preferences.json';
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
const DEFAULTS: Preferences = { theme: 'system' };

/** Reads the preferences; a missing or malformed file gives the defaults. */
export function loadPreferences(file: string): Preferences {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { theme?: unknown };
    const theme = THEMES.find((t) => t === raw?.theme);
    return { theme: theme ?? DEFAULTS.theme };
  } catch {
    // Best effort: no file on first run, or a broken one; defaults are the answer.
    return { ...DEFAULTS };
  }
}

/** Writes the preferences atomically. */
export function savePreferences(file: string, prefs: Preferences): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(prefs), 'utf8');
  renameSync(`${file}.tmp`, file);
}
