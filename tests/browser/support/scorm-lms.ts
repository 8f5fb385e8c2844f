import { access, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import type { ScormVersion } from '../../../apps/course-site/plugins/scorm/contract';
import { scormPackage } from '../../../apps/course-site/plugins/scorm/package';
import { COURSE_TITLE } from '../../../apps/course-site/shared/course-title';
import { type StaticServer, startStaticServer } from './static-server';
import { waitForQuizzes } from './wait-for-quizzes';

/** The SCORM build (`npm run package:scorm` makes it). */
export const scormBuildDir = fileURLToPath(
  new URL('../../../apps/course-site/build-scorm', import.meta.url),
);

/**
 * How the test LMS's API behaves: as scorm-again does, refusing every Commit (error 391 in
 * 2004, 101 in 1.2), throwing on every call, or absent.
 */
export type LmsMode = 'normal' | 'failing-commit' | 'throwing' | 'none';

/** One call the course made to the LMS's API, with the error code the API gave after it. */
export interface LmsCall {
  readonly name: string;
  readonly args: readonly string[];
  readonly result: string;
  readonly error: string;
}

// The test LMS: scorm-again's API (no server: autocommit off, no commit URL) in the top frame,
// seen through a facade that logs every call with the error code after it, and the package's
// launch page in an iframe, as an LMS runs a SCO.
const LMS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Test LMS</title>
<script src="scorm-again/scorm2004.js"></script>
<script src="scorm-again/scorm12.js"></script>
</head>
<body>
<main>
<h1>Test LMS</h1>
<iframe id="sco" title="The course" style="width: 100%; height: 85vh; border: 0"></iframe>
</main>
<script>
const params = new URLSearchParams(location.search);
const version = params.get('version');
const mode = params.get('mode') || 'normal';
const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };
const api = version === '2004' ? new Scorm2004API(settings) : new Scorm12API(settings);
if (window.lmsStart) api.loadFromJSON(window.lmsStart, '');
const prefix = version === '2004' ? '' : 'LMS';
const names = version === '2004'
  ? ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic']
  : ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
const calls = [];
let commitRefused = false;
const facade = {};
for (const name of names) {
  facade[name] = (...args) => {
    if (mode === 'throwing') throw new Error('the test LMS is down');
    if (name.endsWith('GetLastError')) return commitRefused ? (version === '2004' ? '391' : '101') : api[name]();
    if (name.endsWith('GetErrorString') || name.endsWith('GetDiagnostic')) return api[name](...args);
    if (mode === 'failing-commit' && name.endsWith('Commit')) {
      commitRefused = true;
      calls.push({ name, args: args.map(String), result: 'false', error: version === '2004' ? '391' : '101' });
      return 'false';
    }
    commitRefused = false;
    const result = String(api[name](...args));
    calls.push({ name, args: args.map(String), result, error: String(api[prefix + 'GetLastError']()) });
    return result;
  };
}
window.lms = { api, calls };
if (mode !== 'none') window[version === '2004' ? 'API_1484_11' : 'API'] = facade;
document.getElementById('sco').src = 'scorm' + version + '/course/index.html' + (params.get('at') || '');
</script>
</body>
</html>
`;

/** A folder served on 127.0.0.1: the test LMS page, scorm-again, and each version's package unzipped. */
export interface TestLms {
  readonly server: StaticServer;
  /** The zip of each version, as `npm run package:scorm` writes it. */
  readonly zips: Readonly<Record<ScormVersion, Uint8Array>>;
  readonly manifests: Readonly<Record<ScormVersion, string>>;
  close(): Promise<void>;
}

/** Packages the SCORM build for both versions and serves them in the test LMS. */
export async function startTestLms(): Promise<TestLms> {
  try {
    await access(join(scormBuildDir, 'index.html'));
  } catch {
    throw new Error(
      `The SCORM tests need the SCORM build at ${scormBuildDir}, and it is missing. Run \`npm run package:scorm\` at the repository root first.`,
    );
  }
  const root = await mkdtemp(join(tmpdir(), 'tmm-test-lms-'));
  const require = createRequire(import.meta.url);
  await mkdir(join(root, 'scorm-again'));
  // The browser builds (script tags define `Scorm2004API` and `Scorm12API`), by their exports.
  for (const name of ['scorm2004', 'scorm12'])
    await copyFile(require.resolve(`scorm-again/${name}`), join(root, 'scorm-again', `${name}.js`));
  await writeFile(join(root, 'lms.html'), LMS_PAGE);
  const zips = {} as Record<ScormVersion, Uint8Array>;
  const manifests = {} as Record<ScormVersion, string>;
  for (const version of ['2004', '1.2'] as const) {
    const made = await scormPackage(scormBuildDir, version, {
      identifier: 'tmm-2023-course',
      courseVersion: '0.1.0',
      title: COURSE_TITLE,
      lessonTitles: [],
      passMark: 0.7,
    });
    zips[version] = made.zip;
    manifests[version] = made.manifest;
    const folder = join(root, `scorm${version}`, 'course');
    for (const [path, bytes] of Object.entries(unzipSync(made.zip))) {
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), bytes);
    }
  }
  const server = await startStaticServer(root);
  return {
    server,
    zips,
    manifests,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** How to launch the course in the test LMS. */
export interface LaunchOptions {
  readonly mode?: LmsMode;
  /** The CMI data the LMS kept from an earlier launch (scorm-again's `cmi` JSON). */
  readonly start?: unknown;
  /** Where in the course to open, after `index.html` (`#/lessons/the-meeting`). */
  readonly at?: string;
}

/** Opens the test LMS on `page` and returns the course's frame once the site has hydrated. */
export async function launchCourse(
  page: Page,
  lms: TestLms,
  version: ScormVersion,
  options: LaunchOptions = {},
): Promise<Frame> {
  if (options.start !== undefined)
    await page.addInitScript((start) => {
      (window as unknown as { lmsStart: unknown }).lmsStart = start;
    }, options.start);
  const query = new URLSearchParams({ version, mode: options.mode ?? 'normal' });
  if (options.at !== undefined) query.set('at', options.at);
  await page.goto(`${lms.server.url}/lms.html?${query}`);
  const frame = await (await page.waitForSelector('#sco')).contentFrame();
  if (frame === null) throw new Error('The test LMS has no frame for the course');
  await frame.waitForURL(/\/course\/index\.html/);
  await frame.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached' });
  await waitForQuizzes(frame);
  return frame;
}

/** The CMI data scorm-again holds, as JSON. */
export async function lmsCmi(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() =>
    JSON.parse(
      JSON.stringify((window as unknown as { lms: { api: { cmi: unknown } } }).lms.api.cmi),
    ),
  );
}

/** Every call the course made to the LMS's API so far. */
export async function lmsCalls(page: Page): Promise<LmsCall[]> {
  return page.evaluate(() => (window as unknown as { lms: { calls: LmsCall[] } }).lms.calls);
}
