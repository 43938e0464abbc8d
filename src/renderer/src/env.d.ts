import type { MenuCommand, ParallaxClient } from '../../shared/api';

/** What the Electron preload puts on `window.parallax`: the client, plus menu commands. */
export type PreloadClient = ParallaxClient & {
  /** Calls `listener` for each app-menu command until the returned function is called. */
  onCommand?: (listener: (command: MenuCommand) => void) => () => void;
};

declare global {
  interface Window {
    /** Present only inside the Electron shell (exposed by the preload through contextBridge). */
    parallax?: PreloadClient;
  }
}
