import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { EVERY_TYPE_YAML, sampleQuiz, sampleSource } from '../__fixtures__/sample';
import { exportQti3 } from './export-qti3';

const quiz = sampleQuiz(EVERY_TYPE_YAML);
const { files, warnings } = exportQti3([quiz], sampleSource, 'Sample');
const file = (path: string) => files.find((candidate) => candidate.path === path)?.text ?? '';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const schema = join(
  import.meta.dirname,
  '..',
  '..',
  'schemas',
  'qti3',
  'imsqtiv3p0_imscpv1p2_v1p0.xsd',
);
const folder = mkdtempSync(join(tmpdir(), 'tmm-qti3-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs xmllint on a manifest text: its exit code and what it printed. */
function xmllint(text: string): { code: number; output: string } {
  const path = join(folder, 'imsmanifest.xml');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, path], {
    encoding: 'utf8',
  });
  return { code: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
}

describe('exportQti3', () => {
  it('draws a pool and shuffles as the quiz does, in its test', () => {
    const pooled = sampleQuiz(
      EVERY_TYPE_YAML.replace(
        'description: A quiz with *every* type.',
        'description: Pooled.\nsettings:\n  shuffleQuestions: true\n  pool: { draw: 3 }',
      ),
    );
    const test =
      exportQti3([pooled], sampleSource).files.find(
        (entry) => entry.path === 'tests/every-type.xml',
      )?.text ?? '';
    const section =
      parser.parse(test)['qti-assessment-test']['qti-test-part']['qti-assessment-section'];
    expect(section['qti-selection']).toEqual({ select: '3' });
    expect(section['qti-ordering']).toEqual({ shuffle: 'true' });
  });

  it('writes a manifest that the 1EdTech QTI 3.0 content-package schema validates (xmllint)', () => {
    const result = xmllint(file('imsmanifest.xml'));
    expect(result.output).toMatch(/imsmanifest\.xml validates/);
    expect(result.code).toBe(0);
  });

  it('whose validation can fail: a wrong resource type is refused', () => {
    const broken = file('imsmanifest.xml').replace('imsqti_item_xmlv3p0', 'imsqti_item_xmlv9');
    expect(xmllint(broken).code).not.toBe(0);
  });

  it('writes one item per question and one test per quiz, every file well-formed', () => {
    expect(files.map((entry) => entry.path)).toEqual([
      'imsmanifest.xml',
      ...quiz.questions.map((question) => `items/every-type/${question.id}.xml`),
      'tests/every-type.xml',
    ]);
    for (const entry of files) expect(XMLValidator.validate(entry.text), entry.path).toBe(true);
    const test = parser.parse(file('tests/every-type.xml'))['qti-assessment-test'];
    expect(test['qti-test-part']['qti-assessment-section']['qti-assessment-item-ref']).toHaveLength(
      quiz.questions.length,
    );
  });

  it('gives each type its interaction', () => {
    const interactions = quiz.questions.map((question) => {
      const body = parser.parse(file(`items/every-type/${question.id}.xml`))['qti-assessment-item'][
        'qti-item-body'
      ];
      return (
        Object.keys(body).find((key) => key.endsWith('-interaction')) ??
        (body.p?.[1]?.['qti-text-entry-interaction']
          ? 'qti-text-entry-interaction'
          : JSON.stringify(body))
      );
    });
    expect(interactions).toEqual([
      'qti-choice-interaction',
      'qti-choice-interaction',
      'qti-choice-interaction',
      'qti-text-entry-interaction',
      'qti-text-entry-interaction',
      'qti-order-interaction',
      'qti-match-interaction',
      'qti-hottext-interaction',
    ]);
  });

  it('keeps the evidence with its place, and feedback, in modal feedback', () => {
    const single = file('items/every-type/single.xml');
    expect(single).toContain('Evidence in the statement: “Alpha opens” (paragraph 1, sentence 1).');
    expect(single).toContain('<p>Right.</p>');
    expect(single).toContain('<p>Yes: it opens.</p>');
  });

  it('warns, naming the question, where QTI scores otherwise or holds less', () => {
    expect(warnings.map((warning) => warning.questionId)).toEqual([
      'single',
      'blank',
      'blanks',
      'order',
    ]);
  });
});
