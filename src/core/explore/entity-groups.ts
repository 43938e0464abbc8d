/**
 * Groups the names found across the library into entities: spellings of one name
 * (`Dmitrijew`/`Dmitriew`/`Dmitriev`, `Witkoff`/`Whitkoff`, `Kellogg`/`Kellog`) become one
 * entity when they sound the same (Kölner Phonetik) and differ by little (edit distance, see
 * `isSpellingVariant`).
 *
 * People are grouped by surname: full names whose surnames are variants and whose given
 * names agree (or one has none) are one person; a bare surname joins the most frequent person
 * with that surname. A person's merges and splits (`overrides`: name → group id) win over all
 * of this and are keyed by name, so they survive re-indexing.
 */
import type { EntityId, EntityKind } from '../../shared/api';
import { nameKey, type NameStat } from '../store/queries/entities';
import { foldText } from '../text/fold';
import { colognePhonetic, isFoldedSpellingVariant } from '../text/phonetic';

/** A group of names that are one entity. */
export interface EntityGroup {
  id: EntityId;
  kind: EntityKind;
  /** Display name: the most frequent full name. */
  name: string;
  /** Member names, most frequent first. */
  names: NameStat[];
  manual: boolean;
}

/** Groups of one phonetic bucket a name is compared with (most frequent first); bounds the cost. */
const MAX_GROUPS_COMPARED = 200;
/** Members of a group a name is compared with. */
const MAX_MEMBERS_COMPARED = 8;

function surname(name: string): string {
  return foldText(name.split(' ').pop()!);
}

function givenName(name: string): string | null {
  const parts = name.split(' ');
  return parts.length > 1 ? foldText(parts[0]!) : null;
}

/** A readable id from a display name: `person:steve-witkoff`. */
export function entityIdFor(kind: EntityKind, name: string): EntityId {
  return `${kind}:${foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` as EntityId;
}

/**
 * Groups name statistics into entities (see the module comment). `overrides` maps
 * `nameKey(kind, name)` to a group id chosen by a person.
 */
export function groupEntities(stats: NameStat[], overrides: ReadonlyMap<string, string> = new Map()): EntityGroup[] {
  const manual = new Map<string, NameStat[]>();
  const auto: NameStat[] = [];
  for (const s of stats) {
    const o = overrides.get(nameKey(s.kind, s.name));
    if (o) {
      if (!manual.has(o)) manual.set(o, []);
      manual.get(o)!.push(s);
    } else auto.push(s);
  }
  const groups: NameStat[][] = [];
  const byKind = new Map<EntityKind, NameStat[]>();
  for (const s of auto) {
    if (!byKind.has(s.kind)) byKind.set(s.kind, []);
    byKind.get(s.kind)!.push(s);
  }
  for (const [kind, list] of byKind) {
    // Buckets by the phonetic code of the surname (or whole name): only these can be variants.
    const buckets = new Map<string, NameStat[]>();
    for (const s of list) {
      const key = colognePhonetic(kind === 'person' ? surname(s.name) : foldText(s.name)) || foldText(s.name);
      if (!buckets.has(key)) buckets.set(key, []);
      buckets.get(key)!.push(s);
    }
    for (const bucket of buckets.values()) {
      bucket.sort((a, b) => b.count - a.count);
      const local: NameStat[][] = [];
      // Full names first, so bare surnames can join the most frequent matching person.
      const ordered = kind === 'person' ? [...bucket.filter((s) => s.name.includes(' ')), ...bucket.filter((s) => !s.name.includes(' '))] : bucket;
      for (const s of ordered) {
        // Very large buckets (short codes) are compared with their 200 most frequent groups only.
        const g = local.slice(0, MAX_GROUPS_COMPARED).find((grp) =>
          grp.slice(0, MAX_MEMBERS_COMPARED).some((m) => {
            const same = kind === 'person' ? isFoldedSpellingVariant(surname(m.name), surname(s.name)) : isFoldedSpellingVariant(foldText(m.name), foldText(s.name));
            if (!same) return false;
            if (kind !== 'person') return true;
            const ga = givenName(m.name), gb = givenName(s.name);
            return ga === null || gb === null || ga === gb || isFoldedSpellingVariant(ga, gb);
          }),
        );
        if (g) g.push(s);
        else local.push([s]);
      }
      groups.push(...local);
    }
  }
  const out: EntityGroup[] = [];
  const used = new Set<string>();
  const display = (names: NameStat[]) => [...names].sort((a, b) => (b.name.includes(' ') ? 1 : 0) - (a.name.includes(' ') ? 1 : 0) || b.count - a.count)[0]!.name;
  for (const [id, names] of manual) {
    names.sort((a, b) => b.count - a.count);
    used.add(id);
    out.push({ id: id as EntityId, kind: names[0]!.kind, name: display(names), names, manual: true });
  }
  for (const names of groups) {
    names.sort((a, b) => b.count - a.count);
    const name = display(names);
    let id = entityIdFor(names[0]!.kind, name);
    for (let n = 2; used.has(id); n++) id = `${entityIdFor(names[0]!.kind, name)}-${n}` as EntityId;
    used.add(id);
    out.push({ id, kind: names[0]!.kind, name, names, manual: false });
  }
  return out;
}
