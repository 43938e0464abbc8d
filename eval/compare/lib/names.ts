import type { EntitySummary } from '../../../src/shared/api';
import { hasWords } from './anchors';
import type { GoldPerson } from './gold';
import type { EvalLibrary } from './library';
import { spellingsPresent } from './people';

/** Name groups: is every spelling of a person in one entity, and does any entity hold two people? */
export interface NamesScore {
  groups: number;
  whole: number;
  wrongMerges: string[];
  broken: string[];
}

/**
 * Scores the library's person entities against gold people. A group counts when at least two of
 * its spellings stand in the texts; it is whole when one entity has a variant containing each.
 */
export async function scoreNames(lib: EvalLibrary, people: GoldPerson[], texts: string[], everyone: GoldPerson[]): Promise<NamesScore> {
  const entities = await lib.api.listEntities({ kind: 'person', limit: 5000 });
  const out: NamesScore = { groups: 0, whole: 0, wrongMerges: [], broken: [] };
  const holds = (e: EntitySummary, sp: string) => e.variants.some((v) => hasWords(v.text, sp)) || hasWords(e.name, sp);
  for (const p of people) {
    const present = spellingsPresent(p, texts);
    if (present.length < 2) continue;
    out.groups++;
    if (entities.some((e) => present.every((sp) => holds(e, sp)))) out.whole++;
    else out.broken.push(`${p.name}: ${present.map((sp) => `${sp} → ${entities.filter((e) => holds(e, sp)).map((e) => e.name).join(' | ') || 'no entity'}`).join('; ')}`);
  }
  for (const e of entities) {
    if (!people.some((p) => p.spellings.some((sp) => holds(e, sp)))) continue;
    const held = everyone.filter((p) => p.spellings.some((sp) => holds(e, sp)));
    // A spelling that is only a word of another held person's name (a bare given name: `Sofia` of
    // one event's `Sofía de Borbón` in another's `Sofia Sapega`) is no evidence of a second person.
    const who = held.filter((p) => p.spellings.some((sp) => holds(e, sp) && !held.some((q) => q !== p && hasWords(q.name, sp))));
    if (who.length > 1) out.wrongMerges.push(`${e.name} (${e.variants.map((v) => v.text).join(' / ')}) holds ${who.map((p) => p.name).join(' + ')}`);
  }
  return out;
}
