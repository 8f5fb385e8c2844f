import { spawn } from 'node:child_process';

/** How a command ended, with everything it printed. */
export interface CommandResult {
  readonly code: number;
  readonly output: string;
}

/**
 * The environment for commands the bench starts: npm's own variables are dropped, so that
 * `npm install` in the template folder is not steered by the `npm run` that started the bench.
 */
export function cleanEnvironment(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(
    ([name]) => !name.startsWith('npm_') && name !== 'INIT_CWD',
  );
  return { ...Object.fromEntries(kept), ...extra };
}

/** Runs a command to completion; rejects with its output when it fails. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: NodeJS.ProcessEnv },
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? cleanEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const output = Buffer.concat(chunks).toString('utf8');
      if (code === 0) resolve({ code, output });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} (in ${options.cwd}) exited with ${code}:\n${output.slice(-4000)}`,
          ),
        );
    });
  });
}
