import { createContext } from 'svelte';
import type { AppState } from './state/app.svelte';
import type { NoteDrafts } from './state/note-drafts.svelte';

/** The window's `AppState`, provided by `App.svelte` to every component below it. */
export const [getApp, setApp] = createContext<AppState>();

/** The window's note drafts (`NoteDrafts`), provided by `App.svelte`: every note editor shares them. */
export const [getNoteDrafts, setNoteDrafts] = createContext<NoteDrafts>();
