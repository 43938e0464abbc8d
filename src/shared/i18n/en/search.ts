import type { SearchNotices } from '../../api/notices';
import type { Wording } from '../words';

/** How a search query was read, in English (the words `parallax search --json` has always printed). */
export const search: Wording<SearchNotices> = {
  'search.unclosed-quote': () => 'unclosed quote: read as a phrase to the end',
  'search.unclosed-paren': () => 'unclosed "(": closed at the end',
  'search.unmatched-paren': () => 'unmatched ")": ignored',
  'search.or-needs-words': () => 'OR needs words on both sides: ignored',
  'search.filter-not-excludable': (p) => `excluding a filter ("-${p.filter}:") is not supported: ignored`,
  'search.operator-needs-word': (p) => `"${p.operator}" needs a word after it: ignored`,
  'search.empty-phrase': () => 'empty phrase "": ignored',
  'search.star-needs-letters': () => '"*" needs letters before it: ignored',
  'search.too-many-words': (p) => `only the first ${p.max} words are searched`,
  'search.prefix-too-short': (p) => `prefix "${p.prefix}" is too short (at least ${p.min} letters): searched as a word`,
  'search.filter-needs-value': (p) => `${p.filter}: needs a value: ignored`,
  'search.filter-not-a-date': (p) => `${p.filter}:${p.value} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY): ignored`,
  'search.unknown-has': (p) => `has:${p.value} is unknown (use has:note or has:highlight): ignored`,
  'search.unknown-in': (p) => `in:${p.value} is unknown (use in:comments or in:notes): ignored`,
  'search.query-cut': (p, f) => `query cut to its first ${f.num(p.max)} characters`,
  'search.exclusion-in-or': () => 'an exclusion inside OR excludes from nothing: ignored',
  'search.nothing-to-search': () => 'nothing to search for in this query',
  'search.showing-every-report': () => 'nothing else to search for: showing every report',
  'search.only-exclusions': () => 'only exclusions: showing every report without those words',
  'search.facets-estimated': (p, f) => `≈ facet counts estimated from the newest ${f.num(p.newest)} matches`,
  'search.ranked-newest': (p, f) => `many matches: ranked the newest ${f.num(p.newest)}${p.titles ? ' and every title match' : ''}`,
  'search.total-estimated': (p, f) => `≈ ${f.num(p.total)} matches, estimated from the newest ${f.num(p.newest)}`,
  'search.names-pending': () => 'not every other spelling of names is searched yet: the library\'s names are still being grouped',
};
