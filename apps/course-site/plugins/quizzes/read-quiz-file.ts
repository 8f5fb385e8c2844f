import { readFile } from 'node:fs/promises';

/** A file's bytes, or a sentence saying why it cannot be read. */
export type ReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

const REASONS: Record<string, string> = {
  ENOENT: 'the file does not exist; check the path and the name (quiz files end in .quiz.yaml)',
  EISDIR: 'this is a folder, not a quiz file',
  EACCES: 'the file cannot be read: permission denied',
  EPERM: 'the file cannot be read: permission denied',
};

/**
 * Reads a file as bytes (its parser checks the encoding), never throwing. `missing` replaces the
 * sentence said of a file that does not exist (which names quiz files by default).
 */
export async function readQuizFile(path: string, missing?: string): Promise<ReadResult> {
  try {
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const reason = error instanceof Error ? error.message : String(error);
    const known = code === 'ENOENT' && missing !== undefined ? missing : REASONS[code];
    return { ok: false, message: known ?? `the file cannot be read: ${reason}` };
  }
}
