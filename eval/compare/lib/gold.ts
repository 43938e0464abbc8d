import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One report of a gold set: where its text is and where it came from. */
export interface GoldReport {
  key: string;
  file: string;
  outlet: string;
  url: string | null;
}

/** A fact several reports state, with an exact piece of the sentence that states it in each. */
export interface GoldFact {
  id: string;
  what: string;
  /** Report key → anchors (exact substrings of the report's text); any of them locates the sentence. */
  in: Record<string, string[]>;
}

/** One person and every spelling the reports use (surname or full form, as written). */
export interface GoldPerson {
  name: string;
  spellings: string[];
}

/** One event: the day it happened and the reports that cover it. */
export interface GoldEvent {
  id: string;
  what: string;
  date: string;
  reports: string[];
}

/** One gold file: a set of reports with what a careful reader writes down about them. */
export interface GoldSet {
  id: string;
  title: string;
  /** Other names of gold people (`aliases[].forms`), for telling a person from a word taken for one. */
  aliases: string[];
  heldOut: boolean;
  /** The reports' folder, relative to the repository root. */
  dir: string;
  reports: GoldReport[];
  events: GoldEvent[];
  /** Reports that belong in one story, by key. */
  stories: string[][];
  facts: GoldFact[];
  people: GoldPerson[];
}

type Raw = Record<string, unknown>;

/** Reads every `gold/*.json`, checks its shape and its anchors against the texts; throws on the first error. */
export function loadGold(root: string): GoldSet[] {
  const dir = join(root, 'eval/compare/gold');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseGold(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Raw, f, root));
}

function parseGold(raw: Raw, file: string, root: string): GoldSet {
  const fail = (msg: string): never => {
    throw new Error(`eval: ${file}: ${msg}`);
  };
  const str = (v: unknown, what: string): string => (typeof v === 'string' && v.length > 0 ? v : fail(`${what} must be a non-empty string`));
  const rawReports = (raw.reports ?? fail('no reports')) as Record<string, Raw>;
  const reports: GoldReport[] = Object.entries(rawReports).map(([key, r]) => ({
    key,
    file: typeof r.file === 'string' ? r.file : `${key}.txt`,
    outlet: str(r.outlet, `reports.${key}.outlet`),
    url: typeof r.url === 'string' ? r.url : null,
  }));
  const keys = new Set(reports.map((r) => r.key));
  const known = (k: string, where: string): string => (keys.has(k) ? k : fail(`${where}: unknown report "${k}"`));
  const events: GoldEvent[] = Array.isArray(raw.events)
    ? (raw.events as Raw[]).map((e) => ({ id: str(e.id, 'event id'), what: str(e.what, 'event what'), date: str(e.date, 'event date'), reports: (e.reports as string[]).map((k) => known(k, `event ${String(e.id)}`)) }))
    : [{ id: str(raw.id, 'id'), what: str(raw.title, 'title'), date: str(raw.date, 'date'), reports: [...keys] }];
  const stories = Array.isArray(raw.stories) ? (raw.stories as string[][]).map((s) => s.map((k) => known(k, 'stories'))) : [[...keys]];
  const texts = new Map(reports.map((r) => [r.key, readFileSync(join(root, str(raw.dir, 'dir'), r.file), 'utf8')]));
  const facts: GoldFact[] = ((raw.facts ?? []) as Raw[]).map((f) => {
    const id = str(f.id, 'fact id');
    const inReports = f.in as Record<string, string[]>;
    for (const [k, anchors] of Object.entries(inReports)) {
      known(k, `fact ${id}`);
      if (!Array.isArray(anchors) || anchors.length === 0) fail(`fact ${id}: no anchor for ${k}`);
      for (const a of anchors) if (!texts.get(k)!.includes(a)) fail(`fact ${id}: anchor not in ${k}: "${a}"`);
    }
    return { id, what: str(f.what, `fact ${id} what`), in: inReports };
  });
  const people = ((raw.people ?? []) as Raw[]).map((p) => ({ name: str(p.name, 'person name'), spellings: p.spellings as string[] }));
  // Other names of a gold person (a civil name): noted, not scored as spellings, but no non-person either.
  const aliases = ((raw.aliases ?? []) as Raw[]).flatMap((a) => (Array.isArray(a.forms) ? (a.forms as string[]) : []));
  return { id: str(raw.id, 'id'), title: str(raw.title, 'title'), heldOut: raw.heldOut === true, dir: raw.dir as string, reports, events, stories, facts, people, aliases };
}
