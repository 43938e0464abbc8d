/**
 * Whether two sentences tell one act of the same people (`act-roles.ts`): the same act done to the
 * same person (`Raisi starb` / `der Tod Raisis`), or by the same one, or to two different people
 * (the leader killed / his bodyguard killed). Names compare through their entity, so every
 * spelling is one person. A pair's reason names the people when the roles agree ("same act:
 * died — Raisi"). As pair-model features these did not find more facts (eighteenth pass of
 * `eval/compare/README.md`: in a report of a death most sentences tell the death of one person),
 * so alignment does not read roles; only a shown pair's two sentences are read, for its reason.
 */
import type { AnalyzedSentence } from '../analysis/analyze';
import { actRoles, type ActRoles, type RoleName } from './act-roles';

/** The roles of a sentence's acts by act key, and how it writes each name (by key). */
export type SentenceRoles = Map<string, ActRoles> & { written?: Map<string, string> };

/** What two sentences' acts say of their roles: acts told of one person in the same role, acts told of other people. */
export interface RoleAgreement {
  /** Acts both tell whose patient or agent is one entity in both. */
  same: number;
  /** Acts both tell, each of a patient (or an agent) the other does not name in that role, with no role in common. */
  apart: number;
  /** The keys of the people the agreeing acts are told of (for the pair's reason), by act key. */
  who: Map<string, Set<string>>;
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));

/** How the roles of the acts two sentences share agree (`roles` by act key, `!die`). */
export function roleAgreement(a: ReadonlyMap<string, ActRoles> | undefined, b: ReadonlyMap<string, ActRoles> | undefined): RoleAgreement {
  const out: RoleAgreement = { same: 0, apart: 0, who: new Map() };
  if (!a || !b) return out;
  for (const [k, ra] of a) {
    const rb = b.get(k);
    if (!rb) continue;
    const who = new Set([...ra.patients].filter((x) => rb.patients.has(x)).concat([...ra.agents].filter((x) => rb.agents.has(x))));
    if (who.size) {
      out.same++;
      out.who.set(k, who);
    } else if ((ra.patients.size && rb.patients.size && !meets(ra.patients, rb.patients)) || (ra.agents.size && rb.agents.size && !meets(ra.agents, rb.agents))) {
      out.apart++;
    }
  }
  return out;
}

/**
 * The roles of a sentence's acts by act key (`!die`), its names keyed as alignment keys them
 * (`key`); undefined when it names nobody or tells no act. `text` is its article's text.
 */
export function sentenceRoles(s: AnalyzedSentence, text: string, key: (n: AnalyzedSentence['names'][number]) => string, prefix: string): SentenceRoles | undefined {
  if (!s.names.length) return undefined;
  const names: RoleName[] = s.names.map((n) => ({
    start: n.start - s.start,
    end: n.end - s.start,
    key: key(n),
    // `Raisis`, `Nawalnys`: the mention ends in `s`, the name it stands for does not.
    genitive: /s$/.test(n.text) && !/s$/.test(n.name),
  }));
  const roles = actRoles(text.slice(s.start, s.end), names);
  if (!roles.size) return undefined;
  const out: SentenceRoles = new Map([...roles].map(([act, r]) => [prefix + act, r]));
  // The name the mention stands for (`Ebrahim Raisi` of `Raisis`; whole, since not every language writes the surname last): for the pair's reason.
  out.written = new Map(s.names.map((n, k) => [names[k]!.key, n.name]));
  return out;
}
