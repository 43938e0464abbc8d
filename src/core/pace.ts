/**
 * A gate for progress reports: open at most once every `ms` (or when forced: the first and the
 * last report), so a fast loop tells a window or a port several times a second, not per item.
 * `from` is when the gate was last open (0: the first look opens it).
 */
export function paced(ms: number, from = 0): (force?: boolean) => boolean {
  let at = from;
  return (force = false) => {
    const now = Date.now();
    if (!force && now - at < ms) return false;
    at = now;
    return true;
  };
}
