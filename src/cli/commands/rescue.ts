import { rescueLibrary } from '../../core/store/rescue';
import { rescuedPath } from '../../core/damage';
import { libraryPath } from '../context';
import { cliWords } from '../words';

/** What `parallax rescue` takes. */
export interface RescueFlags {
  library?: string;
  out?: string;
  json?: boolean;
}

/**
 * `parallax rescue [--library FILE] [--out NEW]`: copies what can still be read of a damaged
 * library into a new file (default: beside it, `NAME.rescued-STAMP.sqlite`), leaving the damaged
 * one as it is. Exit 0 when nothing was lost, 1 when damaged pages or orphaned rows were left.
 */
export async function rescueCommand(flags: RescueFlags): Promise<number> {
  const from = libraryPath(flags.library);
  const to = flags.out ?? rescuedPath(from);
  const report = rescueLibrary(from, to);
  const lost = report.tables.some((t) => t.damaged || t.refused > 0);
  if (flags.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const w = cliWords();
    for (const t of report.tables) console.log(w.rescueTable(t.table, t.kept, t.refused, t.damaged));
    console.log(lost ? w.rescuedSome(report.to, report.from) : w.rescuedAll(report.to, report.from));
  }
  return lost ? 1 : 0;
}
