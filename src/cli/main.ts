import { parseArgs } from 'node:util';
import { isApiError } from '../shared/errors';
import { APP_VERSION } from '../core/version';
import { extractCommand } from './commands/extract';
import { ingestCommand, listCommand, reextractCommand, showCommand } from './commands/library-commands';
import { serveCommand } from './commands/serve';
import { CliError } from './context';

const HELP = `Parallax ${APP_VERSION} — read, mark up and compare news reports, offline.

Usage: parallax <command> [options]

Commands
  ingest <paths…>      Add files and folders (text, HTML, Markdown, JSON Lines) to the library
  list                 List the library, newest first
  show <id>            Print one article (any unique prefix of its id)
  extract <file>       Show what extraction finds in a file, without adding it
  reextract <id…>      Extract again from the kept raw text (--all: every article); edits stay
  serve                Open the library in a browser, on 127.0.0.1 with a per-run token

Options
  --library FILE       The library file (default: the desktop app's, or $PARALLAX_LIBRARY)
  --json               Print data as JSON (ingest, list, show, extract)
  --port N             serve: the port (default: any free port)
  --sort S             list: published-desc | published-asc | added-desc | title-asc
  --limit N            list: at most N rows
  --all                reextract: every article
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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    console.error(`parallax: ${(e as Error).message.split('\n')[0]} (see parallax --help)`);
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
      case 'serve':
        return await serveCommand(flags);
      default:
        console.error(`parallax: unknown command "${command}" (see parallax --help)`);
        return 2;
    }
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`parallax: ${e.message}`);
      return e.exitCode;
    }
    if (isApiError(e)) {
      console.error(`parallax: ${e.message}`);
      return 1;
    }
    console.error(`parallax: unexpected error: ${(e as Error)?.stack ?? e}`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`parallax: ${(e as Error)?.message ?? e}`);
    process.exitCode = 1;
  },
);
