import type { ParallaxEvent, ViewStep } from '../../../../shared/events';

/**
 * The grouped views' builds as the host reports them: how far a build is (`taskProgress` of
 * `views`), and whether the views serve their last answer while they are built again
 * (`viewsUpdating` … `viewsUpdated`, after new reports in a large or reopened library).
 */
export class ViewsBuildState {
  /** The build as last reported (a new object each event, see `ViewLoading`). */
  build = $state.raw<{ step: ViewStep; done: number; total: number } | null>(null);
  /** The views on screen are their last answer, being built again ("Updating…"). */
  updating = $state(false);

  /** Takes a host event; true when the views shown should be read again (a build behind them landed). */
  handleEvent(event: ParallaxEvent): boolean {
    if (event.type === 'taskProgress' && event.task === 'views' && event.step) this.build = { step: event.step, done: event.done, total: event.total };
    if (event.type === 'viewsUpdating') {
      this.updating = true;
      this.build = null;
    }
    if (event.type !== 'viewsUpdated') return false;
    this.updating = false;
    return true;
  }
}
