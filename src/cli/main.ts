import { parseArgs } from 'node:util';
import { isApiError } from '../shared/errors';
import { APP_VERSION } from '../core/version';
import { extractCommand } from './commands/extract';
import { ingestCommand, listCommand, reextractCommand, showCommand } from './commands/library-commands';
import { searchCommand, suggestCommand } from './commands/search';
import { serveCommand } from './commands/serve';
import { annotationsCommand } from './commands/annotations';
import { compareCommand, entitiesCommand, storiesCommand, timelineCommand } from './commands/compare';
import { CliError } from './context';
import { sayError } from '../shared/i18n';
import { CLI_LANG, cliWords } from './words';

const HELP = `Parallax ${APP_VERSION} — read, mark up and compare news reports, offline.

Usage: parallax <command> [options]

Commands
  ingest <paths…>      Add files and folders (text, HTML, Markdown, JSON Lines) to the library
  list                 List the library, newest first
  show <id>            Print one article (any unique prefix of its id)
  extract <file>       Show what extraction finds in a file, without adding it
  reextract <id…>      Extract again from the kept raw text (--all: every article); edits stay
  annotations export   Export annotations (--format md|csv|jsonld, --article ID, --out FILE)
  annotations import <file>   Import a W3C Web Annotation JSON-LD export
  search <query…>      Search the library: words, "phrases", OR, -exclude, prefix*, outlet:,
                       lang:, tag:, from:YYYY-MM-DD, to:, has:note, has:highlight, in:notes,
                       in:comments (e.g. parallax search krieg outlet:ntv.de from:2025-11-01;
                       put -- before a query that starts with -)
  suggest <text>       Completions and corrections for typed text (titles, names, outlets, tags)
  compare <id> <id>…   Compare two to four reports: aligned sentences, differences, shared text
                       (--json; --format html --out FILE for a self-contained page)
  timeline             The dated events the library's reports mention (--from D, --to D, --json)
  entities             People, places and organisations, spellings grouped (--kind K, --json)
  stories              Reports grouped by the event or story they cover (--json)
  serve                Open the library in a browser, on 127.0.0.1 with a per-run token

Options
  --library FILE       The library file (default: the desktop app's, or $PARALLAX_LIBRARY)
  --json               Print data as JSON (ingest, list, show, extract, search, suggest)
  --port N             serve: the port (default: any free port)
  --sort S             list: published-desc | published-asc | added-desc | title-asc;
                       search: relevance | date-desc | date-asc
  --limit N            list, search, suggest: at most N rows (list: up to 5000 a page)
  --offset N           list: start at row N (0 is the first)
  --after CURSOR       list: the page after the one that printed CURSOR as its next page
  --before CURSOR      list: the page before one (its "prev" in --json)
  --end                list: the last page
  --group-copies       list: near-duplicate copies as one row under the earliest report
  --all                reextract: every article; list: every row, page after page
  --time-limit S       ingest, reextract: skip a file whose extraction takes longer than S
                       seconds (default 30)
  --excel              annotations export --format csv: semicolons and a BOM, for Excel
                       (the default when LANG is German)
  -h, --help           Show this help
  -v, --version        Show the version`;

/** Runs the CLI and returns the exit code; errors are one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        library: { type: 'string' },
        json: { type: 'boolean' },
        port: { type: 'string' },
        sort: { type: 'string' },
        limit: { type: 'string' },
        all: { type: 'boolean' },
        offset: { type: 'string' },
        after: { type: 'string' },
        before: { type: 'string' },
        end: { type: 'boolean' },
        'group-copies': { type: 'boolean' },
        format: { type: 'string' },
        article: { type: 'string' },
        out: { type: 'string' },
        kind: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'time-limit': { type: 'string' },
        excel: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    console.error(`parallax: ${(e as Error).message.split('\n')[0]} ${cliWords().seeHelp}`);
    return 2;
  }
  const { values: flags, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (flags.version) {
    console.log(APP_VERSION);
    return 0;
  }
  if (flags.help || !command || command === 'help') {
    console.log(HELP);
    return command || flags.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'ingest':
        return await ingestCommand(rest, flags);
      case 'list':
        return await listCommand(flags);
      case 'show':
        return await showCommand(rest[0], flags);
      case 'extract':
        return await extractCommand(rest[0], flags);
      case 'reextract':
        return await reextractCommand(rest, flags);
      case 'annotations':
        return await annotationsCommand(rest, flags);
      case 'search':
        return await searchCommand(rest, flags);
      case 'suggest':
        return await suggestCommand(rest, flags);
      case 'compare':
        return await compareCommand(rest, flags);
      case 'timeline':
        return await timelineCommand(flags);
      case 'entities':
        return await entitiesCommand(flags);
      case 'stories':
        return await storiesCommand(flags);
      case 'serve':
        return await serveCommand(flags);
      default:
        console.error(`parallax: ${cliWords().unknownCommand(command)}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`parallax: ${e.message}`);
      return e.exitCode;
    }
    if (isApiError(e)) {
      console.error(`parallax: ${sayError(CLI_LANG, e)}`);
      return 1;
    }
    console.error(`parallax: ${cliWords().unexpected(String((e as Error)?.stack ?? e))}`);
    return 1;
  }
}

// A reader that stops early (`parallax extract page.txt --json | head`) closes the pipe. That
// is its choice, not our failure: end quietly, as other command-line tools do, rather than
// print a stack trace. Writes already committed to the library stay; an import stops between
// batches as on any kill.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`parallax: ${(e as Error)?.message ?? e}`);
    process.exitCode = 1;
  },
);
