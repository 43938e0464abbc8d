/**
 * Values the window keeps between runs (localStorage). Best effort: a browser that refuses
 * storage (private mode, a full quota) keeps them for this session only, and nothing fails.
 */
export type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'> | null;

/** The stored value of `key`, or null. */
export function loadStored(storage: Storage, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`, when storage allows. */
export function keepStored(storage: Storage, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Best effort: see above.
  }
}
