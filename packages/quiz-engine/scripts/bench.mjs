// npm run bench: bundle sizes of the entries (minified + gzip) against the budget, and the
// throughput of grading and of machine transitions.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { importBundled } from './bundle-module.mjs';

const BUDGET_MAIN_GZIP = 20 * 1024;
const here = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Minified and gzipped size of a browser bundle of `entry` (or of `contents`). */
async function size({ entry, contents, external = [] }) {
  const result = await build({
    ...(entry ? { entryPoints: [here(entry)] } : { stdin: { contents, resolveDir: here('.') } }),
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    external,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (name, { min, gzip }) =>
  `${name.padEnd(46)} ${kb(min).padStart(9)} ${kb(gzip).padStart(9)}`;

const main = await size({ entry: 'src/index.ts' });
const xstateOnly = await size({
  contents: "export { setup, createActor, assign } from 'xstate';",
});
const reactEntry = await size({ entry: 'src/react/index.ts', external: ['react', 'react-dom'] });
const parser = await size({ entry: 'src/parser/index.ts' });

console.log(
  `${'bundle (esbuild, browser, esm)'.padEnd(46)} ${'minified'.padStart(9)} ${'gzip'.padStart(9)}`,
);
console.log(row('main entry "." with xstate', main));
console.log(row('  of which xstate setup+createActor+assign', xstateOnly));
console.log(row('react entry "./react" (+ main, @xstate/react)', reactEntry));
console.log(row('parser entry "./parser" (build time only)', parser));
const within = main.gzip <= BUDGET_MAIN_GZIP;
console.log(
  `budget: main entry ${kb(main.gzip)} of ${kb(BUDGET_MAIN_GZIP)} gzip: ${within ? 'within' : 'OVER'}`,
);

const { gradingThroughput, transitionThroughput } = await importBundled(
  here('scripts/bench-workload.ts'),
);
gradingThroughput(); // warm up
transitionThroughput();
const format = (n) => Math.round(n).toLocaleString('en-US');
console.log(
  `grading: ${format(gradingThroughput())} scores/s (all seven types, right and wrong answers)`,
);
console.log(
  `transitions: ${format(transitionThroughput())} events/s (a full practice attempt, repeated)`,
);
if (!within) process.exitCode = 1;

// The event log's bound: 100,000 navigation events (median of 5 runs).
const { navigationRun } = await importBundled(here('scripts/bench-workload.ts'));
const runs = Array.from({ length: 5 }, () => navigationRun(100_000));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `navigation: ${format(100_000)} events → log of ${runs[0].logLength} events, snapshot ${format(median(runs.map((r) => r.snapshotBytes)))} bytes, ${median(runs.map((r) => r.milliseconds)).toFixed(0)} ms (median of 5)`,
);
