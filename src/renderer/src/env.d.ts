import type { MenuCommand, ParallaxClient } from '../../shared/api';
import type { ShellCapabilities } from '../../shared/shell';

/**
 * What the Electron preload puts on `window.parallax`: the client, plus menu commands and the
 * shell's window capabilities, which a browser host does not have (feature-detect them).
 */
export type PreloadClient = ParallaxClient &
  Partial<ShellCapabilities> & {
    /** Calls `listener` for each app-menu command until the returned function is called. */
    onCommand?: (listener: (command: MenuCommand) => void) => () => void;
  };

declare global {
  interface Window {
    /** Present only inside the Electron shell (exposed by the preload through contextBridge). */
    parallax?: PreloadClient;
  }
}
