import { parseArgs } from 'node:util';
import { isApiError } from '../shared/errors';
import { APP_VERSION } from '../core/version';
import { extractCommand } from './commands/extract';
import { ingestCommand, listCommand, reextractCommand, showCommand } from './commands/library-commands';
import { searchCommand, suggestCommand } from './commands/search';
import { serveCommand } from './commands/serve';
import { rescueCommand } from './commands/rescue';
import { annotationsCommand } from './commands/annotations';
import { compareCommand, entitiesCommand, storiesCommand, timelineCommand } from './commands/compare';
import { CliError } from './context';
import { sayError } from '../shared/i18n';
import { CLI_LANG, cliWords } from './words';
import { helpText } from './help';
import { trashCommand, trashListCommand } from './commands/trash';
import { useVersionCommand } from './commands/versions';

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
        trashed: { type: 'boolean' },
        offset: { type: 'string' },
        after: { type: 'string' },
        before: { type: 'string' },
        end: { type: 'boolean' },
        'group-copies': { type: 'boolean' },
        typing: { type: 'boolean' },
        format: { type: 'string' },
        article: { type: 'string' },
        out: { type: 'string' },
        kind: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'time-limit': { type: 'string' },
        excel: { type: 'boolean' },
        replace: { type: 'boolean' },
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
    console.log(helpText(CLI_LANG, APP_VERSION));
    return command || flags.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'ingest':
        return await ingestCommand(rest, flags);
      case 'list':
        return flags.trashed ? await trashListCommand(flags) : await listCommand(flags);
      case 'trash':
      case 'restore':
      case 'purge':
        return await trashCommand(command, rest, flags);
      case 'use-version':
        return await useVersionCommand(rest, flags);
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
      case 'rescue':
        return await rescueCommand(flags);
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
