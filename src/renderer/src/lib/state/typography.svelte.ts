/** The reader's typeface family. */
export type FontChoice = 'serif' | 'sans';
/** The reading column's measure. */
export type WidthChoice = 'narrow' | 'medium' | 'wide';
/** Space between lines. */
export type LeadingChoice = 'tight' | 'normal' | 'loose';

export interface Typography {
  font: FontChoice;
  /** Body text size in CSS px. */
  size: number;
  width: WidthChoice;
  leading: LeadingChoice;
}

export const DEFAULT_TYPOGRAPHY: Typography = { font: 'serif', size: 17, width: 'medium', leading: 'normal' };
export const MIN_SIZE = 14;
export const MAX_SIZE = 28;
const STORAGE_KEY = 'parallax.typography';

/** The column's max width per choice, in `ch` of the reading font. */
export const MEASURE: Record<WidthChoice, string> = { narrow: '58ch', medium: '68ch', wide: '80ch' };
export const LINE_HEIGHT: Record<LeadingChoice, number> = { tight: 1.45, normal: 1.6, loose: 1.8 };

type Store = Pick<Storage, 'getItem' | 'setItem'> | null;

/**
 * The reader's typography as the person set it in the "Aa" popover, kept in localStorage.
 * Unknown or out-of-range stored values fall back to the defaults one by one.
 */
export class TypographyState {
  font = $state<FontChoice>(DEFAULT_TYPOGRAPHY.font);
  size = $state(DEFAULT_TYPOGRAPHY.size);
  width = $state<WidthChoice>(DEFAULT_TYPOGRAPHY.width);
  leading = $state<LeadingChoice>(DEFAULT_TYPOGRAPHY.leading);

  measure = $derived(MEASURE[this.width]);
  lineHeight = $derived(LINE_HEIGHT[this.leading]);
  isDefault = $derived(
    this.font === DEFAULT_TYPOGRAPHY.font && this.size === DEFAULT_TYPOGRAPHY.size && this.width === DEFAULT_TYPOGRAPHY.width && this.leading === DEFAULT_TYPOGRAPHY.leading,
  );

  #storage: Store;

  constructor(storage: Store) {
    this.#storage = storage;
    let saved: Partial<Typography> = {};
    try {
      saved = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}') ?? {};
    } catch {
      saved = {};
    }
    if (saved.font === 'serif' || saved.font === 'sans') this.font = saved.font;
    if (typeof saved.size === 'number' && saved.size >= MIN_SIZE && saved.size <= MAX_SIZE) this.size = Math.round(saved.size);
    if (saved.width && saved.width in MEASURE) this.width = saved.width;
    if (saved.leading && saved.leading in LINE_HEIGHT) this.leading = saved.leading;
  }

  set(change: Partial<Typography>): void {
    if (change.font) this.font = change.font;
    if (change.size !== undefined) this.size = Math.min(MAX_SIZE, Math.max(MIN_SIZE, Math.round(change.size)));
    if (change.width) this.width = change.width;
    if (change.leading) this.leading = change.leading;
    this.#save();
  }

  /** One step larger (`1`) or smaller (`-1`). */
  step(delta: 1 | -1): void {
    this.set({ size: this.size + delta });
  }

  reset(): void {
    this.set(DEFAULT_TYPOGRAPHY);
  }

  #save(): void {
    try {
      this.#storage?.setItem(STORAGE_KEY, JSON.stringify({ font: this.font, size: this.size, width: this.width, leading: this.leading }));
    } catch {
      // Best effort: without storage the settings last for this session.
    }
  }
}
