/** German country names for the name finder: a country is a place, never a person. */
import { createRequire } from 'node:module';

let countries: Map<string, string> | null = null;

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
      for (const n of names) {
        countries.set(n.toLowerCase(), display);
        if (!n.includes(' ') && !/s$/.test(n)) countries.set(n.toLowerCase() + 's', display);
      }
    }
  }
  return countries;
}
