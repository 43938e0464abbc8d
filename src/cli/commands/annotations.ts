import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { importRefusedBySize, importTooLarge, type AnnotationExportFormat } from '../../shared/api';
import { CliError } from '../context';
import { withService, resolveId, type LibraryFlags } from './library-commands';
import { say } from '../../shared/i18n';
import { CLI_LANG, cliWords } from '../words';

const FORMATS: AnnotationExportFormat[] = ['md', 'csv', 'jsonld'];

/**
 * Whether CSV should be written for Excel (semicolons, BOM) without being asked: when the
 * person's locale is German, where Excel splits columns at semicolons. The locale is read in
 * POSIX order of precedence (LC_ALL, then LC_MESSAGES, then LANG).
 */
export function prefersExcelCsv(env: NodeJS.ProcessEnv): boolean {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^de([_-]|$)/i.test(locale);
}

/**
 * `parallax annotations export --format md|csv|jsonld [--article ID] [--out FILE]` and
 * `parallax annotations import FILE`.
 */
export async function annotationsCommand(args: string[], flags: LibraryFlags & { format?: string; article?: string; out?: string; excel?: boolean }): Promise<number> {
  const [sub, file] = args;
  if (sub === 'export') {
    const format = (flags.format ?? 'md') as AnnotationExportFormat;
    if (!FORMATS.includes(format)) throw new CliError(cliWords().annotationsFormat(FORMATS.join(', ')), 2);
    return withService(flags, async (api, db) => {
      const excel = format === 'csv' && (flags.excel ?? prefersExcelCsv(process.env));
      // Markdown is prose for a person: worded in their locale's language, as the UI's export is.
      const exported = await api.exportAnnotations({ format, ...(flags.article ? { articleId: resolveId(db, flags.article, 'annotations') } : {}), ...(excel ? { excel } : {}), ...(format === 'md' ? { lang: CLI_LANG } : {}) });
      if (flags.out) {
        writeFileSync(flags.out, exported.content);
        console.error(cliWords().wrote(flags.out));
      } else process.stdout.write(exported.content);
      return 0;
    });
  }
  if (sub === 'import') {
    if (!file) throw new CliError(cliWords().annotationsGiveFile, 2);
    let content: string;
    try {
      if (importRefusedBySize(statSync(file).size)) throw new CliError(say(CLI_LANG, importTooLarge()));
      content = readFileSync(file, 'utf8');
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(cliWords().cannotRead('annotations', file, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
    }
    return withService(flags, async (api) => {
      const r = await api.importAnnotations({ content });
      if (flags.json) console.log(JSON.stringify(r, null, 2));
      else {
        console.log(cliWords().annotationsImported(r.added, r.present, r.skipped.length));
        for (const s of r.skipped) console.log(cliWords().skippedLine(s.id ?? cliWords().noId, say(CLI_LANG, s.reasonCoded)));
      }
      return r.skipped.length > 0 && r.added + r.present === 0 ? 1 : 0;
    });
  }
  throw new CliError(cliWords().annotationsUsage, 2);
}
