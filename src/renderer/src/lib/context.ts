import { createContext } from 'svelte';
import type { AppState } from './state/app.svelte';
import type { NoteDrafts } from './state/note-drafts.svelte';
import type { Announcer } from './state/announcer.svelte';

/** The window's `AppState`, provided by `App.svelte` to every component below it. */
export const [getApp, setApp] = createContext<AppState>();

/** The window's note drafts (`NoteDrafts`), provided by `App.svelte`: every note editor shares them. */
export const [getNoteDrafts, setNoteDrafts] = createContext<NoteDrafts>();

/** What the window says aloud (`Announcer`), provided by `App.svelte`, which holds its live region. */
export const [getAnnouncer, setAnnouncer] = createContext<Announcer>();
