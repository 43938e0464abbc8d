/**
 * The world's large cities written in two words or more (`Tel Aviv`, `Kuala Lumpur`, `Abu
 * Dhabi`): shaped like a given name and a surname, and found as one after `von` (`die Polizei von
 * Tel Aviv`), where a person may stand as well (`von Benjamin Netanjahu entlassen`). A run that is
 * one of them is the city. Only cities of 100,000 people or more whose first word may be no given
 * name (`data/world-cities.json`, made by `scripts/build-world-cities.mjs`): a smaller town's name,
 * or one named after a person (`João Pessoa`), is as likely the person's.
 */
import { foldText } from '../text/fold';
import CITIES from './data/world-cities.json';

let cities: Set<string> | null = null;

/** Whether a run of two words or more (as written) is a large city's name, or its genitive (`Tel Avivs`). */
export function isWorldCity(run: string): boolean {
  if (!run.includes(' ')) return false;
  cities ??= new Set(CITIES as string[]);
  const f = foldText(run).replace(/[’']/g, '');
  return cities.has(f) || (f.endsWith('s') && cities.has(f.slice(0, -1)));
}
