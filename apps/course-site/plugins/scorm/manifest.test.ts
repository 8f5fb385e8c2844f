import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { COURSE_TITLE } from '../../shared/course-title';
import { courseLayout } from '../quizzes/course-layout';
import { readLessons } from '../quizzes/lessons';
import type { ScormVersion } from './contract';
import { type ManifestInput, scormManifest } from './manifest';

const schemas = fileURLToPath(new URL('schemas/drivers/', import.meta.url));
const SCHEMA: Record<ScormVersion, string> = {
  '2004': join(schemas, 'scorm2004-4th-manifest.xsd'),
  '1.2': join(schemas, 'scorm12-manifest.xsd'),
};
const { lessons } = await readLessons(
  courseLayout(fileURLToPath(new URL('../..', import.meta.url))),
);
const folder = mkdtempSync(join(tmpdir(), 'tmm-scorm-manifest-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs xmllint on a manifest against the version's schemas: its exit code and what it printed. */
function xmllint(text: string, version: ScormVersion): { code: number; output: string } {
  const path = join(folder, 'imsmanifest.xml');
  writeFileSync(path, text);
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', SCHEMA[version], path], {
    encoding: 'utf8',
  });
  return { code: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
}

const input: Omit<ManifestInput, 'version'> = {
  identifier: 'tmm-2023-course',
  courseVersion: '0.1.0',
  title: COURSE_TITLE,
  lessonTitles: lessons.map((lesson) => lesson.title),
  passMark: 0.7,
  files: ['assets/css/styles.css', 'assets/js/main.js', 'img/favicon.svg', 'index.html'],
};

describe('scormManifest', () => {
  for (const version of ['2004', '1.2'] as const) {
    it(`writes a SCORM ${version} manifest that the ADL schemas validate (xmllint)`, () => {
      const result = xmllint(scormManifest({ ...input, version }), version);
      expect(result.output).toMatch(/imsmanifest\.xml validates/);
      expect(result.code).toBe(0);
    });

    it(`whose validation can fail (${version}): a wrong SCO type is refused`, () => {
      const broken = scormManifest({ ...input, version }).replace(
        /(adlcp:scorm[tT]ype)="sco"/,
        '$1="page"',
      );
      expect(broken).toMatch(/scorm[tT]ype="page"/);
      expect(xmllint(broken, version).code).not.toBe(0);
    });
  }

  it('launches the course at index.html, one SCO with every file, titled with the course', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(
      scormManifest({ ...input, version: '2004' }),
    );
    const organization = parsed.manifest.organizations.organization;
    expect(organization.title).toBe(COURSE_TITLE);
    expect(organization.item['@_identifierref']).toBe('course-sco');
    const resource = parsed.manifest.resources.resource;
    expect(resource['@_href']).toBe('index.html');
    expect(resource['@_adlcp:scormType']).toBe('sco');
    expect(resource.file.map((file: Record<string, string>) => file['@_href'])).toEqual(
      input.files,
    );
    expect(
      parsed.manifest.metadata['lom:lom']['lom:general']['lom:description']['lom:string']['#text'],
    ).toContain(`${lessons.length} lessons: ${lessons[0]?.title}`);
    // SCORM 1.2's mastery score is the self-assessment's pass mark.
    expect(scormManifest({ ...input, version: '1.2' })).toContain(
      '<adlcp:masteryscore>70</adlcp:masteryscore>',
    );
  });

  it('escapes titles and file names, and refuses a package without its launch page', () => {
    const text = scormManifest({
      ...input,
      version: '2004',
      title: 'Allies & "partners" <2023>',
      files: ['index.html', 'assets/a b.js'],
    });
    expect(text).toContain('Allies &amp; &quot;partners&quot; &lt;2023&gt;');
    expect(text).toContain('<file href="assets/a%20b.js"/>');
    expect(xmllint(text, '2004').code).toBe(0);
    expect(() => scormManifest({ ...input, version: '1.2', files: ['main.js'] })).toThrow(
      /no index\.html/,
    );
    expect(() => scormManifest({ ...input, version: '1.2', identifier: '1course' })).toThrow(
      /not an XML ID/,
    );
  });
});
