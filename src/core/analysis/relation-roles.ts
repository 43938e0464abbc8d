/**
 * Roles that firms and teams hold as well as people: a competitor (`Konkurrent Cyberport`,
 * `Gegner Valencia`), a firm's parent or subsidiary written as a compound of another firm's name
 * (`AUA-Mutter Lufthansa`, `RBI-Tochter Polbank`, `Konzerntochter …`), the leader of a market or a
 * table (`Branchenführer …`, `Tabellenführer …`). Read on reports nobody tuned for
 * (`eval/names/corpus-persons.tsv`): one word after such a role was a firm or a team, while
 * a person there is named by a given name (`Bruder Witali` is a kin word, not one of these) or
 * named whole elsewhere in the report, which the bare mentions read then.
 */
const COMPETITOR = new Set(['gegner', 'gegnerin', 'konkurrent', 'konkurrentin', 'rivale', 'rivalin', 'kontrahent', 'kontrahentin']);
/** A parent or a subsidiary: kin words after a hyphen (`AUA-Mutter`; `Trump-Tochter Ivanka` has a given name) or after `Konzern`. */
const FIRM_KIN = /(?:-|^konzern)(?:mutter|tochter|schwester)$/;
const LEADER = /^(?:markt|branchen|tabellen|weltmarkt)führer(?:in)?$/;

/** Whether a role word (lowercase) is one a firm or a team holds too. */
export function isSharedRole(lower: string): boolean {
  return COMPETITOR.has(lower) || FIRM_KIN.test(lower) || LEADER.test(lower);
}
