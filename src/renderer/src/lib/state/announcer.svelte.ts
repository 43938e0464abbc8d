/**
 * What the window says aloud to a screen reader, through one polite live region that is always in
 * the page (`App.svelte`). A line that comes with its words already in it is not announced
 * (NVDA, VoiceOver in Chromium), and a live line whose count changes is announced at every
 * count; so the visible progress and summary lines are not live, and say here what is worth
 * hearing: a task's start, its quarters and its end, an import's outcome once.
 */
export class Announcer {
  text = $state('');

  say(words: string): void {
    if (!words) return;
    // The same words again (a second import ending alike) must be a change to be heard.
    this.text = this.text === words ? `${words}\u00a0` : words;
  }

  /** Takes back words whose line is gone (a dismissed summary), so reading the page does not find them. */
  unsay(words: string): void {
    if (words && this.text.trim() === words) this.text = '';
  }
}

/** A task with a known end is heard at each quarter of the way, not at every count. */
export const HEARD_STEPS = 4;

/**
 * Which updates of one progress line are said: the first (and the first of each new phase, a new
 * label or phase), each quarter passed, and the end. A task with no known end is heard when it
 * starts.
 */
export class ProgressHeard {
  #phase: string | null = null;
  #step = -1;

  /** `words` if this update of the task's `phase` is to be said, else null. */
  next(phase: string, words: string, fraction: number | undefined): string | null {
    const step = fraction === undefined || !Number.isFinite(fraction) ? -1 : Math.floor(Math.min(1, Math.max(0, fraction)) * HEARD_STEPS);
    if (phase !== this.#phase) {
      this.#phase = phase;
      this.#step = step;
      return words;
    }
    if (step <= this.#step) return null;
    this.#step = step;
    return words;
  }
}
