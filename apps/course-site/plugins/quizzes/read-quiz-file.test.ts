import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUIZ_LIMITS } from '@tmm/quiz-engine/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuizFile } from './read-quiz-file';

describe('reading a quiz file', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tmm-read-quiz-file-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a regular file whole', async () => {
    const path = join(dir, 'ok.quiz.yaml');
    await writeFile(path, 'id: ok\n');

    expect(await readQuizFile(path)).toEqual({
      ok: true,
      bytes: new Uint8Array(Buffer.from('id: ok\n')),
    });
  });

  it('reads a file of exactly the limit, and refuses one byte more, naming the limit', async () => {
    const path = join(dir, 'big.quiz.yaml');
    await writeFile(path, Buffer.alloc(QUIZ_LIMITS.fileBytes, 0x61));
    expect((await readQuizFile(path)).ok).toBe(true);

    await writeFile(path, Buffer.alloc(QUIZ_LIMITS.fileBytes + 1, 0x61));
    expect(await readQuizFile(path)).toEqual({
      ok: false,
      message:
        'the file is larger than 250,000 bytes, the limit for a quiz file; split it into smaller quizzes',
    });
  });

  it('refuses a symbolic link, which could quote a file from anywhere', async () => {
    const path = join(dir, 'passwd.quiz.yaml');
    await symlink('/etc/passwd', path);

    const read = await readQuizFile(path);

    expect(read).toEqual({
      ok: false,
      message:
        'this is a symbolic link; a quiz file must be a regular file (copy the file here instead)',
    });
  });

  it('refuses a device without reading from it', async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      expect(await readQuizFile(device)).toEqual({
        ok: false,
        message: 'this is a device, not a regular file; a quiz file must be a regular file',
      });
    }
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const path = join(dir, 'fifo.quiz.yaml');
    execFileSync('mkfifo', [path]);

    expect(await readQuizFile(path)).toEqual({
      ok: false,
      message: 'this is a named pipe, not a regular file; a quiz file must be a regular file',
    });
  });

  it('says a folder is not a quiz file, and a missing file does not exist', async () => {
    expect(await readQuizFile(dir)).toEqual({
      ok: false,
      message: 'this is a folder, not a quiz file',
    });
    expect((await readQuizFile(join(dir, 'missing.quiz.yaml'))).ok).toBe(false);
  });
});
