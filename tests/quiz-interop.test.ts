import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EvidenceAnchor, Question, Quiz } from '@tmm/quiz-engine';
import { formatError, parseQuiz } from '@tmm/quiz-engine/parser';
import {
  EVIDENCE_LABEL,
  exportGift,
  exportMoodleXml,
  exportQti3,
  importGift,
  zipPackage,
} from '@tmm/quiz-interop';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGiftStrictly } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { resolveCourseReference } from '../apps/course-site/plugins/quizzes/content-resolver';
import { statementSource } from '../apps/course-site/plugins/quizzes/statement-source';
import { courseQuizzes } from './support/course-quizzes';

// Every course quiz exported as GIFT and Moodle XML, read by parsers written by others, and
// brought back from GIFT by the course's importer: YAML → GIFT → YAML keeps what GIFT holds.

const quizzes = courseQuizzes().map((file) => file.quiz);

/** The place of the evidence note: "(paragraph N, sentence M)" or "(paragraph N, sentences …)". */
const PLACE = /\(paragraph \d+, sentences? \d/;

/** What GIFT holds of a question, in the form the importer gives it back. */
function giftView(question: Question): Record<string, unknown> {
  const common = {
    id: question.id,
    ...(question.explanation === undefined
      ? {}
      : { explanation: question.explanation.replace(/\s*\n\s*/g, ' ').trim() }),
    evidence: question.evidence.map(({ paragraph, exact }: EvidenceAnchor) => ({
      paragraph,
      exact,
    })),
    keyPoints: question.keyPoints,
    glossary: question.glossary,
    points: question.points,
  };
  const one = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select':
      return {
        ...common,
        type: question.type,
        prompt: one(question.prompt),
        options: question.options.map((option) => ({
          text: one(option.text),
          correct: option.correct,
          feedback: option.feedback === undefined ? undefined : one(option.feedback),
        })),
      };
    case 'true-false':
      return {
        ...common,
        type: question.type,
        prompt: one(question.prompt),
        answer: question.answer,
        correct: question.feedback.correct && one(question.feedback.correct),
        incorrect: question.feedback.incorrect && one(question.feedback.incorrect),
      };
    case 'fill-in-the-blank': {
      const [blank] = question.blanks;
      return {
        ...common,
        type: question.type,
        prompt: one(question.prompt),
        text: one(question.text.replace(/\{\{\s*[^{}\s]+\s*\}\}/, '{{answer}}')),
        accept: blank?.accept,
        feedback: blank?.feedback && one(blank.feedback),
      };
    }
    case 'matching':
      return {
        ...common,
        type: 'matching',
        prompt: one(question.prompt),
        pairs: question.pairs.map((pair) => [one(pair.left), one(pair.right)]),
        distractors: question.distractors.map((distractor) => one(distractor.text)),
      };
    case 'ordering':
      // The fallback: each item matched to its place.
      return {
        ...common,
        type: 'matching',
        prompt: `${one(question.prompt)} (Match each item to its place in the order.)`,
        pairs: question.items.map((item, index) => [one(item.text), String(index + 1)]),
        distractors: [],
      };
    case 'select-evidence':
      // The fallback: multiple choice over the passage's sentences.
      return {
        ...common,
        type: 'multiple-select',
        prompt: one(question.prompt),
        options: question.sentenceIds.map((id) => ({
          text: expect.stringMatching(
            new RegExp(
              `^\\(paragraph \\d+, sentence \\d+\\) ${escapeRegExp(statementSource.sentence(id)?.text ?? '?')}$`,
            ),
          ),
          correct: question.evidenceSentenceIds.includes(id),
          feedback: undefined,
        })),
      };
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same view of a question read back from GIFT (the importer's document, parsed). */
function importedView(question: Question): Record<string, unknown> {
  const view = giftView(question);
  if (question.type === 'true-false') return view;
  if (question.type === 'single-choice' || question.type === 'multiple-select')
    return {
      ...view,
      options: question.options.map((option) => ({
        text: option.text,
        correct: option.correct,
        feedback: option.feedback,
      })),
    };
  return view;
}

describe.each(quizzes.map((quiz) => [quiz.id, quiz] as const))('%s', (_id, quiz: Quiz) => {
  const gift = exportGift(quiz, statementSource);

  it('exports GIFT that the strict gift-pegjs grammar reads, every question with its evidence and place', () => {
    const parsed = parseGiftStrictly(gift.text).filter((question) => question.type !== 'Category');
    const blanks = quiz.questions.reduce(
      (extra, question) =>
        extra + (question.type === 'fill-in-the-blank' ? question.blanks.length - 1 : 0),
      0,
    );
    expect(parsed).toHaveLength(quiz.questions.length + blanks);
    for (const question of parsed) {
      const feedback = 'globalFeedback' in question ? (question.globalFeedback?.text ?? '') : '';
      expect(feedback, String(question.title)).toContain(EVIDENCE_LABEL);
      expect(feedback, String(question.title)).toMatch(PLACE);
    }
  });

  it('comes back from GIFT with everything GIFT holds (YAML → GIFT → YAML)', () => {
    const back = importGift(gift.text, {
      fileName: `${quiz.id}.gift`,
      quizId: quiz.id,
      source: statementSource,
    });
    if (!back.ok) throw new Error(back.errors.map(formatError).join('\n'));
    const reparsed = parseQuiz(back.text, {
      fileName: `${quiz.id}.quiz.yaml`,
      resolve: resolveCourseReference,
    });
    if (!reparsed.ok) throw new Error(reparsed.errors.map(formatError).join('\n'));
    expect(reparsed.quiz.title).toBe(quiz.title);
    expect(reparsed.quiz.description).toBe(quiz.description?.replace(/\s*\n\s*/g, ' '));
    const severalBlanks = (question: Question) =>
      question.type === 'fill-in-the-blank' && question.blanks.length > 1;
    const kept = quiz.questions.filter((question) => !severalBlanks(question));
    for (const question of kept) {
      const found = reparsed.quiz.questions.find((candidate) => candidate.id === question.id);
      expect(found && giftView(found), question.id).toEqual(importedView(question));
    }
    // A text with several blanks comes back as one question per blank, each worth its share.
    for (const question of quiz.questions.filter(severalBlanks)) {
      if (question.type !== 'fill-in-the-blank') continue;
      for (const blank of question.blanks) {
        const found = reparsed.quiz.questions.find(
          (candidate) => candidate.id === `${question.id}-${blank.id}`,
        );
        expect(found, `${question.id}-${blank.id}`).toMatchObject({
          type: 'fill-in-the-blank',
          points: question.points / question.blanks.length,
          blanks: [{ accept: blank.accept }],
        });
      }
    }
  });

  it('exports Moodle XML that an XML parser reads, one question each, every one with its evidence and place', () => {
    const { text } = exportMoodleXml(quiz, statementSource);
    expect(XMLValidator.validate(text)).toBe(true);
    const document = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'question',
    }).parse(text) as {
      quiz: {
        question: {
          '@_type': string;
          name?: { text: string };
          generalfeedback?: { text: string };
        }[];
      };
    };
    const [category, ...questions] = document.quiz.question;
    expect(category?.['@_type']).toBe('category');
    expect(questions.map((question) => question.name?.text)).toEqual(
      quiz.questions.map((question) => question.id),
    );
    for (const question of questions) {
      expect(question.generalfeedback?.text).toContain(EVIDENCE_LABEL);
      expect(question.generalfeedback?.text).toMatch(PLACE);
    }
  });
});

describe('the course export', () => {
  it('warns for every question GIFT cannot hold as it is, naming it', () => {
    const warned = quizzes.flatMap((quiz) => exportGift(quiz, statementSource).warnings);
    const fallbacks = quizzes.flatMap((quiz) =>
      quiz.questions
        .filter((question) => question.type === 'ordering' || question.type === 'select-evidence')
        .map((question) => `${quiz.id} / ${question.id}`),
    );
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const name of fallbacks)
      expect(
        warned.some(
          (warning) =>
            `${warning.quizId} / ${warning.questionId}` === name &&
            /exported as/.test(warning.message),
        ),
        name,
      ).toBe(true);
  });
});

describe('the course as a QTI 3.0 content package', () => {
  const { files } = exportQti3(quizzes, statementSource, 'Course quizzes');
  const schema = join(
    import.meta.dirname,
    '..',
    'packages',
    'quiz-interop',
    'schemas',
    'qti3',
    'imsqtiv3p0_imscpv1p2_v1p0.xsd',
  );

  it('has a manifest that the 1EdTech QTI 3.0 manifest schema validates (xmllint), an item per question and a test per quiz', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tmm-course-qti3-'));
    try {
      for (const file of files) {
        mkdirSync(dirname(join(folder, file.path)), { recursive: true });
        writeFileSync(join(folder, file.path), file.text);
      }
      const run = spawnSync(
        'xmllint',
        ['--nonet', '--noout', '--schema', schema, join(folder, 'imsmanifest.xml')],
        {
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toMatch(/imsmanifest\.xml validates/);
      expect(run.status).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    const questions = quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
    expect(files.filter((file) => file.path.startsWith('items/'))).toHaveLength(questions);
    expect(files.filter((file) => file.path.startsWith('tests/'))).toHaveLength(quizzes.length);
  });

  it('zips into one package file that an independent reader (Python’s zipfile) opens, manifest at its root, every file intact', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tmm-course-qti3-zip-'));
    try {
      const zip = join(folder, 'qti3.zip');
      writeFileSync(zip, zipPackage(files));
      // testzip() checks every entry's CRC; then each entry's path and its text.
      const run = spawnSync(
        'python3',
        [
          '-c',
          [
            'import json, sys, zipfile',
            'z = zipfile.ZipFile(sys.argv[1])',
            'print(json.dumps({"bad": z.testzip(), "first": z.namelist()[0],',
            '  "files": {n: z.read(n).decode("utf-8") for n in z.namelist()}}))',
          ].join('\n'),
          zip,
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const read = JSON.parse(run.stdout) as {
        bad: string | null;
        first: string;
        files: Record<string, string>;
      };
      expect(read.bad).toBeNull();
      expect(read.first).toBe('imsmanifest.xml');
      expect(read.files).toEqual(Object.fromEntries(files.map((file) => [file.path, file.text])));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('has well-formed items, each with its evidence quotation and place', () => {
    for (const file of files.filter((entry) => entry.path.startsWith('items/'))) {
      expect(XMLValidator.validate(file.text), file.path).toBe(true);
      expect(file.text, file.path).toContain(EVIDENCE_LABEL);
      expect(file.text, file.path).toMatch(PLACE);
    }
  });
});
