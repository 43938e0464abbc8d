/** The names each host's transport uses: IPC channels, menu commands, the HTTP token header. */

/** Electron IPC channel that carries every call: `invoke(IPC_CALL, method, args)` → `Result`. */
export const IPC_CALL = 'parallax:call';
/** Electron IPC channel on which main pushes `ParallaxEvent`s to windows. */
export const IPC_EVENT = 'parallax:event';
/** Electron IPC channel on which main asks the window to do a menu command (`MenuCommand`). */
export const IPC_COMMAND = 'parallax:command';

/** Commands the app menu sends to the window; the renderer maps each to its own action. */
export type MenuCommand = 'import' | 'add-text' | 'print' | 'theme-light' | 'theme-dark' | 'theme-system' | 'find' | 'shortcuts' | ViewCommand;

/** The menu's Go items: one of the sidebar's views (the keymap's commands of the same names). */
export type ViewCommand = 'view-library' | 'view-annotations' | 'view-stories' | 'view-timeline' | 'view-people';

/** HTTP host: header that carries the per-run token on every API call. */
export const HTTP_TOKEN_HEADER = 'x-parallax-token';
