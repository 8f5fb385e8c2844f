import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { QUIZ_LIMITS } from '@tmm/quiz-engine/parser';

/** A file's bytes, or a sentence saying why it cannot be read. */
export type ReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

const REASONS: Record<string, string> = {
  ENOENT: 'the file does not exist; check the path and the name (quiz files end in .quiz.yaml)',
  EISDIR: 'this is a folder, not a quiz file',
  EACCES: 'the file cannot be read: permission denied',
  EPERM: 'the file cannot be read: permission denied',
  ELOOP: 'this is a symbolic link; a quiz file must be a regular file (copy the file here instead)',
  EMLINK:
    'this is a symbolic link; a quiz file must be a regular file (copy the file here instead)',
};

const MAX_BYTES = QUIZ_LIMITS.fileBytes;

/**
 * Reads a quiz file as bytes (the quiz parser checks the encoding), never throwing and never
 * waiting: only a regular file is read (not a symbolic link, device, pipe or socket, which could
 * quote another file, never end, or never answer), and only up to `QUIZ_LIMITS.fileBytes`.
 * `missing` replaces the sentence said of a file that does not exist (which names quiz files by
 * default).
 */
export async function readQuizFile(path: string, missing?: string): Promise<ReadResult> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // Not following a link, and not blocking on a pipe with no writer (POSIX; 0 elsewhere).
    handle = await open(
      path,
      constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
    );
    const stats = await handle.stat();
    if (stats.isDirectory()) return { ok: false, message: REASONS.EISDIR ?? '' };
    if (!stats.isFile()) {
      return {
        ok: false,
        message: `this is ${kindOf(stats)}, not a regular file; a quiz file must be a regular file`,
      };
    }
    if (stats.size > MAX_BYTES) return tooLarge(stats.size);
    // Read at most one byte past the limit: a file that grows while it is read is still caught.
    const buffer = new Uint8Array(MAX_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_BYTES) return tooLarge(length);
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const reason = error instanceof Error ? error.message : String(error);
    const known = code === 'ENOENT' && missing !== undefined ? missing : REASONS[code];
    return { ok: false, message: known ?? `the file cannot be read: ${reason}` };
  } finally {
    await handle?.close().catch(() => {});
  }
}

function tooLarge(size: number): ReadResult {
  return {
    ok: false,
    message: `the file is larger than ${MAX_BYTES.toLocaleString('en')} bytes${size > MAX_BYTES + 1 ? ` (${size.toLocaleString('en')})` : ''}, the limit for a quiz file; split it into smaller quizzes`,
  };
}

function kindOf(stats: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}
