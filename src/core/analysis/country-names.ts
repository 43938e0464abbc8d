/** German country names for the name finder: a country is a place, never a person. */
import { createRequire } from 'node:module';

let countries: Map<string, string> | null = null;

/**
 * Names German copy gives countries that the ISO list lacks (older or everyday German names, and
 * the countries of the United Kingdom), with the ISO list's name. Not those that are surnames too
 * (`Holland`, `England`, `Wales`: `Tom Holland`, `Jimmy Wales`).
 */
const GERMAN_ALSO: [string, string][] = [
  ['Weißrussland', 'Belarus'], ['Birma', 'Myanmar'], ['Burma', 'Myanmar'], ['Tschechei', 'Tschechien'],
  ['Moldau', 'Moldawien'], ['Mazedonien', 'Nordmazedonien'], ['Swasiland', 'Eswatini'], ['Vatikan', 'Vatikanstadt'],
  ['Schottland', 'Schottland'], ['Nordirland', 'Nordirland'],
];

/** German country names (folded, with genitive forms) → display name, from `i18n-iso-countries`. */
export function countryNames(): Map<string, string> {
  if (!countries) {
    const require = createRequire(import.meta.url);
    const de = require('i18n-iso-countries/langs/de.json') as { countries: Record<string, string | string[]> };
    countries = new Map();
    for (const v of Object.values(de.countries)) {
      // `Syrien, Arabische Republik`, `Staat Palästina`: the name news uses is the short one.
      const names = (Array.isArray(v) ? v : [v]).flatMap((n) => [n, n.split(', ')[0]!, n.replace(/^Staat /, '')]);
      const display = names.slice(1).find((n) => !n.includes(' ')) ?? names[0]!;
      for (const n of names) add(countries, n, display);
    }
    for (const [n, display] of GERMAN_ALSO) add(countries, n, display);
  }
  return countries;
}

/** A country's name and, for a one-word name, its genitive (`Weißrusslands`). */
function add(map: Map<string, string>, name: string, display: string): void {
  map.set(name.toLowerCase(), display);
  if (!name.includes(' ') && !/s$/.test(name)) map.set(name.toLowerCase() + 's', display);
}
