/**
 * The arrow keys of a menu (the ARIA menu pattern): ↑/↓ move through its enabled items and wrap,
 * Home/End go to the first and last. One place for every menu of the window (the ⋯ menus, the
 * list's context menu, the menu buttons), so they move alike.
 */

/** A menu's enabled items, in order. */
export function menuItems(menu: HTMLElement | undefined): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])];
}

/** Moves the keyboard within `menu` for an arrow, Home or End key; false for any other key. */
export function moveInMenu(menu: HTMLElement | undefined, e: KeyboardEvent): boolean {
  const all = menuItems(menu);
  const at = all.indexOf(document.activeElement as HTMLElement);
  let next: HTMLElement | undefined;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') next = all[(at + (e.key === 'ArrowDown' ? 1 : -1) + all.length) % all.length];
  else if (e.key === 'Home' || e.key === 'End') next = all[e.key === 'Home' ? 0 : all.length - 1];
  else return false;
  e.preventDefault();
  next?.focus();
  return true;
}
