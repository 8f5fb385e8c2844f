import { EXPORT_FORMATS, type ExportFormat } from './export-quizzes';

/** The command line, read; or a sentence saying what is wrong with it. */
export function parseExportArgs(
  args: readonly string[],
): { format: ExportFormat; out?: string; files: string[] } | { error: string } {
  let format: string | undefined;
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (name === '--format' || name === '--out') {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--')) return { error: `${name} needs a value` };
      if (name === '--format') format = value;
      else out = value;
    } else if (arg.startsWith('--')) return { error: `unknown option '${arg}'` };
    else files.push(arg);
  }
  if (format === undefined)
    return { error: `say which format: --format ${EXPORT_FORMATS.join('|')}` };
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    return { error: `unknown format '${format}'; use one of ${EXPORT_FORMATS.join(', ')}` };
  return { format: format as ExportFormat, ...(out === undefined ? {} : { out }), files };
}
