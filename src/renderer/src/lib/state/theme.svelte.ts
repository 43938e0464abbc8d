/** What the person chose; `system` follows the operating system's light/dark setting. */
export type ThemeChoice = 'system' | 'light' | 'dark' | 'sepia';
export type ResolvedTheme = 'light' | 'dark' | 'sepia';

const STORAGE_KEY = 'parallax.theme';
/** The cycle of the sidebar's theme button. */
export const THEME_ORDER: readonly ThemeChoice[] = ['system', 'light', 'dark', 'sepia'];
const ORDER = THEME_ORDER;

/** The bits of `window.matchMedia` the theme needs (a fake in tests). */
export interface ColorSchemeQuery {
  matches: boolean;
  addEventListener(type: 'change', listener: (e: { matches: boolean }) => void): void;
  removeEventListener(type: 'change', listener: (e: { matches: boolean }) => void): void;
}

/**
 * Light, dark, sepia (warm paper for long reading) or follow the system. The resolved theme is written to
 * `<html data-theme="…">`, which the CSS custom properties key on; the choice is kept in
 * localStorage.
 */
export class ThemeState {
  choice = $state<ThemeChoice>('system');
  systemDark = $state(false);
  resolved = $derived<ResolvedTheme>(this.choice === 'system' ? (this.systemDark ? 'dark' : 'light') : this.choice);

  #storage: Pick<Storage, 'getItem' | 'setItem'> | null;

  constructor(storage: Pick<Storage, 'getItem' | 'setItem'> | null, query: ColorSchemeQuery | null) {
    this.#storage = storage;
    let saved: string | null = null;
    try {
      saved = storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      saved = null;
    }
    if (saved && (ORDER as readonly string[]).includes(saved)) this.choice = saved as ThemeChoice;
    if (query) {
      this.systemDark = query.matches;
      query.addEventListener('change', (e) => (this.systemDark = e.matches));
    }
  }

  /** Sets the theme and remembers it. */
  set(choice: ThemeChoice): void {
    this.choice = choice;
    try {
      this.#storage?.setItem(STORAGE_KEY, choice);
    } catch {
      // Best effort: without storage the choice lasts for this session.
    }
  }

  /** system → light → dark → sepia → system. */
  cycle(): void {
    const next = ORDER[(ORDER.indexOf(this.choice) + 1) % ORDER.length] ?? 'system';
    this.set(next);
  }
}
