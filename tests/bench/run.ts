// npm run bench: cold build times, page weight and Lighthouse scores of the course site against
// the bare Docusaurus template of the same version, built and measured in the same run.
// Options: --runs=<n> (default 3), --fresh-template (scaffold and install the template again).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../browser/support/browser';
import { builtPages } from '../browser/support/site-build';
import { type StaticServer, startStaticServer } from '../browser/support/static-server';
import { measurePageWeight } from '../budgets/page-weight';
import {
  type AuditedPage,
  type BenchResults,
  type BuildTimes,
  formatBenchTable,
  type Site,
  type Target,
  thisMachine,
  type WeighedPage,
} from './bench-report';
import {
  auditPage,
  type LighthouseFigures,
  lighthouseCli,
  medianFigures,
} from './lighthouse-audit';
import { median } from './median';
import { repositoryRoot } from './repository';
import { runCommand } from './run-command';
import { type BuildTiming, coldBuild, copyCourseSite } from './site-builds';
import { courseDocusaurusVersion, prepareTemplateSite } from './template-site';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'fresh-template': { type: 'boolean', default: false },
  },
});
const runs = Number.parseInt(options.runs, 10);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number`);

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const resultsDir = join(repositoryRoot, 'bench-results');
const reportsDir = join(resultsDir, 'lighthouse');

/** A page to measure: its label, path, and for Lighthouse the template page it is held against. */
interface MeasuredPage {
  readonly site: Site;
  readonly label: string;
  readonly path: string;
  readonly comparedWith?: string;
  readonly audit: boolean;
}

const lessonPage = '/lessons/the-meeting';
// The course introduction: a doc page of the lessons' own kind, layout and sidebar, no quiz.
const plainPage = '/lessons';

/** Median wall time and median of each step over the cold builds of one site. */
function buildTimes(builds: readonly BuildTiming[]): BuildTimes {
  const steps = [...new Set(builds.flatMap((build) => Object.keys(build.stepsMs)))];
  const cpuRunsMs = builds.flatMap((build) => (build.cpuMs === undefined ? [] : [build.cpuMs]));
  return {
    runsMs: builds.map((build) => build.wallMs),
    medianMs: median(builds.map((build) => build.wallMs)),
    cpuRunsMs,
    cpuMedianMs: cpuRunsMs.length === builds.length ? median(cpuRunsMs) : undefined,
    stepsMs: Object.fromEntries(
      steps.map((step) => [step, median(builds.map((build) => build.stepsMs[step] ?? 0))]),
    ),
  };
}

function describeBuild(build: BuildTiming | undefined): string {
  if (build === undefined) return 'no build';
  const cpu = build.cpuMs === undefined ? '' : `, ${Math.round(build.cpuMs)} ms CPU`;
  return `${Math.round(build.wallMs)} ms wall${cpu}`;
}

async function gitState(): Promise<string> {
  const head = (await runCommand('git', ['rev-parse', '--short', 'HEAD'], { cwd: repositoryRoot }))
    .output;
  const changed = (
    await runCommand('git', ['status', '--porcelain', '--', 'apps/course-site', 'packages'], {
      cwd: repositoryRoot,
    })
  ).output;
  const count = changed.split('\n').filter((line) => line.trim() !== '').length;
  return `${head.trim()}${count > 0 ? ` with ${count} uncommitted change(s) in apps/course-site and packages` : ''}`;
}

const startLoad = loadavg()[0] ?? 0;
const docusaurusVersion = await courseDocusaurusVersion();
const lighthouse = await lighthouseCli();
const notes: string[] = [];
const template = await prepareTemplateSite(docusaurusVersion, {
  fresh: options['fresh-template'],
  log,
});
notes.push(
  `Template: create-docusaurus@${template.version} classic --typescript in ${template.siteDir} ` +
    `(outside the repository${template.reused ? ', reused from an earlier run' : ''}); its config ships ` +
    'future: { v4: true }, so it builds with @docusaurus/faster (Rspack, SWC, Lightning CSS) as the course does.',
);
const source = await gitState();
notes.push(`Course site: a temporary copy of apps/course-site at ${source}.`);

const course = await copyCourseSite();
const servers: StaticServer[] = [];
try {
  // Builds alternate between the two sites, so a busy moment on the shared machine falls on both.
  const courseBuilds: BuildTiming[] = [];
  const templateBuilds: BuildTiming[] = [];
  for (let run = 1; run <= runs; run += 1) {
    log(`cold build ${run}/${runs}: course site`);
    courseBuilds.push(await coldBuild(course.siteDir));
    log(`  ${describeBuild(courseBuilds.at(-1))}; bare template`);
    templateBuilds.push(await coldBuild(template.siteDir));
    log(`  ${describeBuild(templateBuilds.at(-1))}`);
  }

  const courseBuild = join(course.siteDir, 'build');
  const coursePaths = new Set((await builtPages(courseBuild)).map((page) => page.path));
  const candidates: MeasuredPage[] = [
    { site: 'course', label: 'home', path: '/', comparedWith: '/', audit: true },
    {
      site: 'course',
      label: 'reader',
      path: '/statement',
      comparedWith: '/docs/intro',
      audit: true,
    },
    {
      site: 'course',
      label: 'lesson with its quiz',
      path: lessonPage,
      comparedWith: '/docs/intro',
      audit: true,
    },
    {
      site: 'course',
      label: 'progress',
      path: '/progress',
      comparedWith: '/docs/intro',
      audit: true,
    },
    { site: 'course', label: 'plain page, no quiz', path: plainPage, audit: false },
    { site: 'template', label: 'template doc page', path: '/docs/intro', audit: true },
    { site: 'template', label: 'template home', path: '/', audit: true },
  ];
  const pages = candidates.filter((page) => {
    if (page.site === 'template' || coursePaths.has(page.path)) return true;
    notes.push(`${page.path} is not a page of this build of the course site: not measured.`);
    return false;
  });

  // Both builds are served gzip-compressed, as any production static host serves them: without
  // it Lighthouse's simulated network would charge each page for bytes no visitor downloads.
  const courseServer = await startStaticServer(courseBuild, { compress: true });
  servers.push(courseServer);
  const templateServer = await startStaticServer(join(template.siteDir, 'build'), {
    compress: true,
  });
  servers.push(templateServer);
  const originOf = (site: Site) => (site === 'course' ? courseServer.url : templateServer.url);

  log('page weight');
  const browser = await launchBrowser();
  const weights: WeighedPage[] = [];
  try {
    for (const page of pages) {
      const weight = await measurePageWeight(browser, originOf(page.site), page.path);
      if (weight.problems.length > 0)
        notes.push(`${page.site} ${page.path} while weighed: ${weight.problems.join('; ')}`);
      weights.push({ site: page.site, label: page.label, weight });
    }
  } finally {
    await browser.close();
  }
  const weightOf = (path: string) => {
    const found = weights.find((page) => page.site === 'course' && page.weight.path === path);
    if (found === undefined) throw new Error(`${path} was not weighed`);
    return found.weight;
  };
  const lesson = weightOf(lessonPage);
  const plain = weightOf(plainPage);

  await rm(reportsDir, { recursive: true, force: true });
  await mkdir(reportsDir, { recursive: true });
  const audited = pages.filter((page) => page.audit);
  const lighthouseRuns = new Map<MeasuredPage, LighthouseFigures[]>(
    audited.map((page) => [page, []]),
  );
  // Run by run over all pages, so that the machine's load spreads over every page alike.
  for (let run = 1; run <= runs; run += 1) {
    for (const page of audited) {
      log(`Lighthouse run ${run}/${runs}: ${page.site} ${page.path}`);
      const slug = page.path === '/' ? 'home' : page.path.slice(1).replace(/\//g, '-');
      const figures = await auditPage(
        lighthouse.cli,
        new URL(page.path, originOf(page.site)).href,
        join(reportsDir, `${page.site}-${slug}-${run}.json`),
      );
      lighthouseRuns.get(page)?.push(figures);
    }
  }
  const lighthousePages: AuditedPage[] = audited.map((page) => {
    const pageRuns = lighthouseRuns.get(page) ?? [];
    return {
      site: page.site,
      label: page.label,
      path: page.path,
      ...(page.comparedWith === undefined ? {} : { comparedWith: page.comparedWith }),
      runs: pageRuns,
      median: medianFigures(pageRuns),
    };
  });

  const courseTimes = buildTimes(courseBuilds);
  const templateTimes = buildTimes(templateBuilds);
  const buildRatio = courseTimes.medianMs / templateTimes.medianMs;
  const cpuRatio =
    courseTimes.cpuMedianMs === undefined || templateTimes.cpuMedianMs === undefined
      ? undefined
      : courseTimes.cpuMedianMs / templateTimes.cpuMedianMs;
  const courseAudits = lighthousePages.filter((page) => page.site === 'course');
  const templateScore = (path: string | undefined) =>
    lighthousePages.find((page) => page.site === 'template' && page.path === path)?.median
      .performance;
  const belowTemplate = courseAudits.filter(
    (page) => page.median.performance < (templateScore(page.comparedWith) ?? 0),
  );
  const targets: Target[] = [
    {
      name: 'Lighthouse accessibility 100 on every measured course page',
      met: courseAudits.every((page) => page.median.accessibility === 100),
      detail: courseAudits.map((page) => `${page.path} ${page.median.accessibility}`).join(', '),
    },
    {
      name: "Lighthouse performance at least the template's",
      met: belowTemplate.length === 0,
      detail: courseAudits
        .map(
          (page) =>
            `${page.path} ${page.median.performance} vs ${page.comparedWith} ${templateScore(page.comparedWith)}`,
        )
        .join(', '),
    },
    {
      name: "Build time at most 2x the template's",
      met: buildRatio <= 2,
      detail:
        `${buildRatio.toFixed(2)}x in wall time` +
        (cpuRatio === undefined ? '' : `, ${cpuRatio.toFixed(2)}x in CPU time`),
    },
  ];

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: thisMachine(startLoad),
    docusaurusVersion,
    lighthouseVersion: lighthouse.version,
    runs,
    build: {
      course: courseTimes,
      template: templateTimes,
      ratio: buildRatio,
      cpuRatio,
    },
    weights,
    quizCost: {
      lesson: lessonPage,
      plain: plainPage,
      js: lesson.js.gzipBytes - plain.js.gzipBytes,
      css: lesson.css.gzipBytes - plain.css.gzipBytes,
      all: lesson.all.gzipBytes - plain.all.gzipBytes,
    },
    lighthouse: lighthousePages,
    targets,
    notes,
  };
  await mkdir(resultsDir, { recursive: true });
  const jsonPath = join(resultsDir, 'bench.json');
  await writeFile(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatBenchTable(results)}\n\nWritten to ${jsonPath}\n`);
} finally {
  await Promise.all(servers.map((server) => server.close()));
  await course.remove();
}
