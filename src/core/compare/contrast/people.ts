/**
 * Different people in one role: two sentences that each name a person the other does not
 * (`Salami … getötet` / `Rashid … unter den Toten`, `Katz bestätigte` / `Netanjahu begrüßte`)
 * tell the same act of two people — two claims, however many words they share. Persons are
 * compared by their name feature (`features.ts`: the entity, every spelling one key), against
 * every name of the other sentence (a person in one report may be read as another kind in another).
 */
import type { Vector } from '../features';

/** 1 when each sentence names a person the other does not and they share none, 0.5 when they share one besides, else 0. */
export function peopleApart(va: Vector, vb: Vector): number {
  const a = va.persons, b = vb.persons;
  if (!a?.size || !b?.size) return 0;
  let onlyA = false, onlyB = false, shared = false;
  for (const k of a) if (vb.has(k)) shared = true; else onlyA = true;
  for (const k of b) if (!va.has(k)) onlyB = true;
  if (!onlyA || !onlyB) return 0;
  return shared ? 0.5 : 1;
}
