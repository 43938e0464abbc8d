import type { ParallaxEvent, ViewStep } from '../../../../shared/events';

/** Takes the `updating` mark of one view read's answer (`ViewsBuildState.reading`). */
export type ServedMark = (updating: boolean | undefined) => void;

/**
 * The grouped views' builds as the host reports them: how far a build is (`taskProgress` of
 * `views`), and whether the views serve their last answer while they are built again
 * (`viewsUpdating` … `viewsUpdated`, after new reports in a large or reopened library, or an
 * answer marked `updating`: a window opened, or a view first read, in the middle of a build).
 */
export class ViewsBuildState {
  /** The build as last reported (a new object each event, see `ViewLoading`). */
  build = $state.raw<{ step: ViewStep; done: number; total: number } | null>(null);
  /** The views on screen are their last answer, being built again ("Updating…"). */
  updating = $state(false);
  /** `viewsUpdated` events seen: a read's answer is judged by those that came while it was under way. */
  #landed = 0;

  /** Takes a host event; true when the views shown should be read again (a build behind them landed). */
  handleEvent(event: ParallaxEvent): boolean {
    if (event.type === 'taskProgress' && event.task === 'views' && event.step) this.build = { step: event.step, done: event.done, total: event.total };
    if (event.type === 'viewsUpdating') {
      this.updating = true;
      this.build = null;
    }
    // The line may stand on an answer whose build landed while the window was not listening:
    // read again, and the answer tells (its own `viewsUpdated` is heard now).
    if (event.type === 'eventsResumed' && !this.updating) return false;
    if (event.type !== 'viewsUpdated' && event.type !== 'eventsResumed') return false;
    this.#landed++;
    this.updating = false;
    return true;
  }

  /**
   * Called as a view's read is sent; the answer's mark is passed to what it returns. A mark shows
   * the line only if no build landed while the read was under way. The host emits `viewsUpdated`
   * after the build lands, so a read sent after the window saw it is served after the landing:
   * its mark belongs to a later build, whose own `viewsUpdated` is still to come and takes the
   * line away. A read under way across a landing may have been served before it; its mark is
   * dropped (the line would stay with nothing left to clear it), and the read that `viewsUpdated`
   * starts tells the truth.
   */
  reading(): ServedMark {
    const landed = this.#landed;
    return (updating) => {
      if (updating && landed === this.#landed) this.updating = true;
    };
  }
}
