import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The packages a browser bundle of an entry pulls in, by name. */
async function packagesIn(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    external: ['react', 'react-dom'],
    logLevel: 'silent',
  });
  const names = Object.keys(result.metafile.inputs).flatMap((path) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    return match?.[1] ? [match[1]] : [];
  });
  return [...new Set(names)].sort();
}

describe('entry boundaries', () => {
  it('keep yaml, zod and React out of the main entry', async () => {
    expect(await packagesIn('./index.ts')).toEqual(['xstate']);
  });

  it('let the React entry add only @xstate/react and its own dependencies (react is a peer)', async () => {
    expect(await packagesIn('./react/index.ts')).toEqual([
      '@xstate/react',
      'use-isomorphic-layout-effect',
      'use-sync-external-store',
      'xstate',
    ]);
  });

  it('keep the parser free of React and the machine', async () => {
    const packages = await packagesIn('./parser/index.ts');
    expect(packages).toEqual(['yaml', 'zod']);
  });
});
