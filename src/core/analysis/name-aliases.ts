/**
 * One person under two names, as a report states it: an apposition with a word that says so
 * (`Lai Ching-te, der auch William Lai genannt wird`, `Lai Ching-te, genannt William Lai`, `der als
 * William Lai bekannte Lai Ching-te`, `… alias …`, `…, also known as …`, `X (auch Y)`), or a bare
 * one in brackets whose two names share a surname (`Lai Ching-te (William Lai)`). The grouping
 * joins the two names across the library only through such statements (`explore/name-aliases.ts`):
 * nothing in the names themselves says that an English name and a Chinese one are one man, while
 * a shared surname alone joins two people (`Jimmy Lai`).
 *
 * Both sides are whole names (two to four capitalised words, as written), the second one a
 * person's (a person the finder found starts in it, and it starts with a given name or with that
 * person): two people side by side are no statement (`Macron und Scholz`), nor is a word or a role
 * in brackets (`Putin (Russland)`, `Stocker (Leiter Ars Electronica Center)`, `(Regie Karin
 * Henkel)`). A bare bracket without a shared surname is mostly a part and its actor (`Inga Lürsen
 * (Sabine Postel)`, `Karin Gorniak (Karin Hanczewski)`: a given name shared is no evidence).
 */
import type { EntityMentionRow } from './found-mentions';
import { mayBeGivenName } from './given-names';

/** A whole name as written: two to four capitalised words (hyphens and apostrophes inside). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){1,3}`;
const NAME_END = String.raw`(?![\p{L}\p{M}\p{N}'’-])`;

/** A bare apposition in brackets, `X (Y)` (the second name in group 1). */
const BRACKET = new RegExp(String.raw`^ \((${NAME})\)`, 'u');

/** After the first name, a statement that the second is the same person's (the second in group 1). */
const STATED = [
  // `X (auch Y)`, `X (genannt Y)`, `X (also known as Y)`
  new RegExp(String.raw`^ \((?:auch |genannt |auch genannt |alias |also known as |known as )(${NAME})\)`, 'u'),
  // `X, der auch Y genannt wird`, `X, die oft Y genannt wird`, `X, auch Y genannt`
  new RegExp(String.raw`^, (?:(?:der|die) )?(?:auch|oft|meist|häufig) (${NAME}) genannt\b`, 'u'),
  // `X, genannt Y`, `X, auch genannt Y`, `X, alias Y`, `X alias Y`, `X, also known as Y`, `X, auch bekannt als Y`
  new RegExp(String.raw`^,? (?:(?:auch )?genannt|alias|(?:also |better )?known as|(?:auch )?bekannt als) (${NAME})${NAME_END}`, 'u'),
];

/** Before the first name: `der als Y bekannte X` (the second in group 1). */
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])[Dd](?:er|ie|en|em) als (${NAME}) bekannte[nm]? $`, 'u');

const BEKANNT = /bekannte[nm]? $/;

/** How far around a mention the statement is looked for. */
const REACH = 80;

/** Capitalised words right after a mention of one word that continue a name (`Lai` + ` Ching-te`). */
const REST = /^(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3}/u;

/**
 * The alias pairs a report states, each `[name, other]` as written (whole names of two words or
 * more; a mention of one word extended over the capitalised words the finder cut it before).
 * `mentions`: the article's names in the order found.
 */
export function findAliases(text: string, mentions: readonly EntityMentionRow[]): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  const push = (a: string, b: string) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (a === b || !a.includes(' ') || seen.has(key)) return;
    seen.add(key);
    out.push([a, b]);
  };
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    // The finder may stop short of a whole name it reads otherwise (`Lai` of `Lai Ching-te, genannt William Lai`).
    const rest = m.text.includes(' ') ? '' : REST.exec(text.slice(m.end, m.end + REACH))![0];
    const end = m.end + rest.length;
    const name = text.slice(m.start, end);
    const isPerson = (hit: RegExpExecArray, at: number) => isPersonName(mentions, at + hit[0].indexOf(hit[1]!), hit[1]!);
    // Most names are followed by neither a comma nor a bracket nor `alias`: no pattern is tried.
    const next = text.charCodeAt(end);
    if (next === 44 || (next === 32 && (text.charCodeAt(end + 1) === 40 || text.startsWith('alias ', end + 1)))) {
      const after = text.slice(end, end + REACH);
      for (const re of STATED) {
        const hit = re.exec(after);
        if (hit && isPerson(hit, end)) push(name, hit[1]!);
      }
      const bracket = BRACKET.exec(after);
      if (bracket && isPerson(bracket, end) && sharesSurname(name, bracket[1]!)) push(name, bracket[1]!);
    }
    if (!BEKANNT.test(text.slice(Math.max(0, m.start - 11), m.start))) continue;
    const from = Math.max(0, m.start - REACH);
    const before = BEFORE.exec(text.slice(from, m.start));
    if (before && isPerson(before, from + before.index)) push(name, before[1]!);
  }
  return out;
}

/** Whether `name`, written at `start`, is a person's: one the finder found starts in it, and it opens with a given name or that person. */
function isPersonName(mentions: readonly EntityMentionRow[], start: number, name: string): boolean {
  const end = start + name.length;
  const m = mentions.find((x) => x.kind === 'person' && x.start >= start && x.start < end);
  if (!m) return false;
  return m.start === start || mayBeGivenName(name.slice(0, name.indexOf(' ')).toLowerCase());
}

/**
 * Whether two names share a word that is not both names' first (`Lai` of `Lai Ching-te` and
 * `William Lai`; not the given name of `Karin Gorniak` and `Karin Hanczewski`).
 */
function sharesSurname(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(' '), wb = b.toLowerCase().split(' ');
  return wb.some((w, i) => {
    const j = wa.indexOf(w);
    return j >= 0 && (i > 0 || j > 0);
  });
}
