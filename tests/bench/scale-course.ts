// A course of any size for `npm run bench:scale` and the scale budget: lessons and quizzes written
// like the course's own (front matter, the statement's paragraph, its key points and notes, one
// quiz per lesson), with questions of every type whose evidence anchors are whole sentences of
// the statement. Every word a question quotes comes from the statement content package, so the
// checker accepts the course as it accepts the real one.
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  allSentenceIds,
  contextNotes,
  getParagraph,
  getSentence,
  glossary,
  keyPoints,
  type ParagraphId,
  paragraphIds,
  paragraphOf,
  type SentenceId,
  sentencesCovered,
} from '@tmm/statement-content';

/** How big a course to write. */
export interface CourseSize {
  readonly lessons: number;
  /** Questions in each lesson's quiz. */
  readonly questions: number;
}

/** A file of the generated course, relative to the site folder. */
export interface CourseFile {
  readonly path: string;
  readonly text: string;
}

/** The seven question types of the quiz format, in the order questions cycle through them. */
export const QUESTION_TYPES = [
  'single-choice',
  'multiple-select',
  'true-false',
  'fill-in-the-blank',
  'matching',
  'ordering',
  'select-evidence',
] as const;

const sentenceIds = allSentenceIds();
const sentenceText = (id: SentenceId): string => {
  const sentence = getSentence(id);
  if (sentence === undefined) throw new RangeError(`No sentence '${id}'`);
  return sentence.text;
};
const sentencesOf = (paragraph: ParagraphId): readonly SentenceId[] =>
  getParagraph(paragraph)?.sentences.map((sentence) => sentence.id) ?? [];

/** The key points whose evidence rests on each sentence, from the content package. */
const keyPointsBySentence = new Map<SentenceId, string[]>();
for (const point of keyPoints())
  for (const id of sentencesCovered(point.evidence))
    keyPointsBySentence.set(id, [...(keyPointsBySentence.get(id) ?? []), point.id]);

/** Glossary terms anchored in each sentence's paragraph whose words the sentence holds. */
function termsIn(sentence: SentenceId): string[] {
  const text = sentenceText(sentence);
  const paragraph = paragraphOf(sentence);
  return glossary()
    .filter((term) =>
      term.anchors.some((anchor) => anchor.paragraph === paragraph && text.includes(anchor.exact)),
    )
    .map((term) => term.id)
    .slice(0, 3);
}

/** A YAML scalar: JSON strings are YAML double-quoted strings, escapes included. */
const q = (text: string) => JSON.stringify(text);
/** "Paragraph 3, sentence 2" for `p3.s2`. */
const placeOf = (id: SentenceId) => {
  const [paragraph = '', sentence = ''] = id.split('.');
  return `paragraph ${paragraph.slice(1)}, sentence ${sentence.slice(1)}`;
};
const otherParagraphs = (paragraph: ParagraphId, count: number): ParagraphId[] => {
  const index = paragraphIds.indexOf(paragraph);
  return Array.from(
    { length: count },
    (_, step) => paragraphIds[(index + step + 1) % paragraphIds.length] as ParagraphId,
  );
};
/** The sentence `step` places after `id` in the statement, wrapping round. */
const sentenceAfter = (id: SentenceId, step: number): SentenceId =>
  sentenceIds[(sentenceIds.indexOf(id) + step) % sentenceIds.length] as SentenceId;
/** The first words of a sentence, for options that name it. */
const opening = (id: SentenceId, words = 8) => {
  const all = sentenceText(id).split(' ');
  return all.length > words ? `${all.slice(0, words).join(' ')} …` : all.join(' ');
};

/** The lines of one question (indented as an item of `questions:`), of the given type. */
function questionLines(type: (typeof QUESTION_TYPES)[number], id: string, sentence: SentenceId) {
  const paragraph = paragraphOf(sentence);
  const number = paragraph.slice(1);
  const lines: string[] = [`  - id: ${id}`, `    type: ${type}`];
  switch (type) {
    case 'single-choice': {
      lines.push(
        `    prompt: ${q(`Which paragraph of the statement says: “${sentenceText(sentence)}”?`)}`,
        '    options:',
        `      - id: ${paragraph}`,
        `        text: ${q(`Paragraph ${number}`)}`,
        '        correct: true',
      );
      for (const other of otherParagraphs(paragraph, 3))
        lines.push(
          `      - id: ${other}`,
          `        text: ${q(`Paragraph ${other.slice(1)}`)}`,
          `        feedback: ${q(`Paragraph ${other.slice(1)} says something else; read paragraph ${number} again.`)}`,
        );
      lines.push('    hints:', `      - ${q(`Look for the words “${opening(sentence, 4)}”.`)}`);
      break;
    }
    case 'multiple-select': {
      const right = [sentence, sentenceAfter(sentence, 1)].filter(
        (id) => paragraphOf(id) === paragraph,
      );
      const wrong = otherParagraphs(paragraph, 2).map(
        (other) => sentencesOf(other)[0] as SentenceId,
      );
      lines.push(
        `    prompt: ${q(`Which of these sentences are in paragraph ${number}? Choose all that apply.`)}`,
        '    options:',
      );
      for (const id of right)
        lines.push(
          `      - id: ${id.replace('.', '-')}`,
          `        text: ${q(opening(id))}`,
          '        correct: true',
        );
      for (const id of wrong)
        lines.push(
          `      - id: ${id.replace('.', '-')}`,
          `        text: ${q(opening(id))}`,
          `        feedback: ${q(`That is ${placeOf(id)}.`)}`,
        );
      lines.push(
        '    feedback:',
        `      correct: ${q('Right.')}`,
        `      partial: ${q('Part of it; check which you missed or added.')}`,
        `      incorrect: ${q(`Not quite. Read paragraph ${number} again.`)}`,
      );
      break;
    }
    case 'true-false': {
      const shown =
        sentenceIds.indexOf(sentence) % 2 === 0 ? paragraph : otherParagraphs(paragraph, 1)[0];
      lines.push(
        `    prompt: ${q(`True or false: paragraph ${shown?.slice(1)} says “${sentenceText(sentence)}”`)}`,
        `    answer: ${shown === paragraph}`,
      );
      break;
    }
    case 'fill-in-the-blank': {
      const text = sentenceText(sentence);
      const word =
        text
          .split(/[^\p{L}-]+/u)
          .filter((candidate) => candidate.length >= 4)
          .sort((a, b) => b.length - a.length)[0] ?? '';
      lines.push(
        `    prompt: ${q(`Complete the words of ${placeOf(sentence)}.`)}`,
        `    text: ${q(text.replace(word, '{{missing}}'))}`,
        '    blanks:',
        '      - id: missing',
        `        accept: [${q(word)}]`,
      );
      break;
    }
    case 'matching': {
      const pairs = [sentence, sentenceAfter(sentence, 5), sentenceAfter(sentence, 11)];
      lines.push(
        `    prompt: ${q('Match each sentence to its place in the statement.')}`,
        '    pairs:',
      );
      for (const id of pairs)
        lines.push(
          `      - id: ${id.replace('.', '-')}`,
          `        left: ${q(opening(id))}`,
          `        right: ${q(placeOf(id)[0]?.toUpperCase() + placeOf(id).slice(1))}`,
        );
      lines.push(
        '    distractors:',
        '      - id: none',
        `        text: ${q('Not in the statement')}`,
      );
      break;
    }
    case 'ordering': {
      const items = [0, 3, 7, 13].map((step) => sentenceAfter(sentence, step));
      const inOrder = [...items].sort((a, b) => sentenceIds.indexOf(a) - sentenceIds.indexOf(b));
      lines.push(
        `    prompt: ${q('Put these sentences in the order the statement gives them.')}`,
        '    items:',
      );
      for (const id of inOrder)
        lines.push(`      - id: ${id.replace('.', '-')}`, `        text: ${q(opening(id))}`);
      break;
    }
    case 'select-evidence': {
      lines.push(
        `    prompt: ${q(`Which sentence of paragraph ${number} begins “${opening(sentence, 5)}”?`)}`,
        `    passage: [${paragraph}]`,
      );
      break;
    }
  }
  lines.push(
    `    explanation: ${q(`The words are ${placeOf(sentence)}: “${sentenceText(sentence)}”`)}`,
    '    evidence:',
    `      - paragraph: ${paragraph}`,
    `        exact: ${q(sentenceText(sentence))}`,
  );
  const points = keyPointsBySentence.get(sentence) ?? [];
  if (points.length > 0) lines.push(`    keyPoints: [${points.join(', ')}]`);
  const terms = termsIn(sentence);
  if (terms.length > 0) lines.push(`    glossary: [${terms.join(', ')}]`);
  return lines;
}

/** The id of lesson `n` (from 1), which is also its quiz's id and its slug. */
export const lessonId = (n: number) => `lesson-${String(n).padStart(3, '0')}`;

/**
 * The lessons (`docs/`), their quizzes (`quizzes/`) and the course introduction
 * (`docs/index.md`, which links every lesson) of a course of the given size. Lesson n studies
 * paragraph ((n - 1) mod 8) + 1; its questions take the statement's 26 sentences in turn from
 * where the previous lesson stopped, and the seven question types in turn, so that every
 * sentence is cited and every type used once a course has 26 questions. The last lesson is an
 * assessment in test behaviour, like the course's self-assessment.
 */
export function scaleCourseFiles(size: CourseSize): CourseFile[] {
  if (!Number.isInteger(size.lessons) || size.lessons < 1)
    throw new RangeError(
      `A course needs a whole number of lessons, at least 1, not ${size.lessons}`,
    );
  if (!Number.isInteger(size.questions) || size.questions < 1)
    throw new RangeError(
      `A quiz needs a whole number of questions, at least 1, not ${size.questions}`,
    );
  const files: CourseFile[] = [];
  const links: string[] = [];
  let next = 0;
  for (let n = 1; n <= size.lessons; n += 1) {
    const id = lessonId(n);
    const paragraph = paragraphIds[(n - 1) % paragraphIds.length] as ParagraphId;
    const assessment = n === size.lessons && size.lessons > 1;
    const questions: string[] = [];
    const tested = new Set<string>();
    for (let index = 0; index < size.questions; index += 1) {
      const sentence = sentenceIds[next % sentenceIds.length] as SentenceId;
      const type = QUESTION_TYPES[next % QUESTION_TYPES.length] ?? 'single-choice';
      next += 1;
      for (const point of keyPointsBySentence.get(sentence) ?? []) tested.add(point);
      questions.push(...questionLines(type, `question-${index + 1}`, sentence));
    }
    // A lesson lists the key points its quiz tests, so the checker's lesson lint holds.
    const points = [...tested];
    if (points.length === 0)
      throw new Error(`${id}: its questions test no key point; give it more questions`);
    const title = assessment
      ? `Assessment: ${size.questions} questions on the statement`
      : `Lesson ${n}: paragraph ${paragraph.slice(1)} of the statement`;
    const notes = contextNotes()
      .filter((note) => note.anchors.some((anchor) => anchor.paragraph === paragraph))
      .map((note) => `'${note.id}'`);
    files.push({
      path: join('docs', `${id}.mdx`),
      text: [
        '---',
        `title: ${q(title)}`,
        `sidebar_label: ${q(`${n}. ${assessment ? 'Assessment' : `Paragraph ${paragraph.slice(1)}`}`)}`,
        `sidebar_position: ${n}`,
        `slug: /${id}`,
        ...(assessment ? ['assessment: true'] : []),
        `description: ${q(`${title}: the text, its key points and a quiz of ${size.questions} questions.`)}`,
        `key_points: [${points.join(', ')}]`,
        '---',
        '',
        "import KeyPointSummary from '@site/src/components/KeyPointSummary';",
        "import LessonContextNotes from '@site/src/components/LessonContextNotes';",
        "import StatementExcerpt from '@site/src/components/StatementExcerpt';",
        '',
        `This lesson reads paragraph ${paragraph.slice(1)} of the statement closely.`,
        '',
        '## The text',
        '',
        `<StatementExcerpt paragraphs={['${paragraph}']} />`,
        '',
        '## Key points',
        '',
        `<KeyPointSummary ids={[${points.map((point) => `'${point}'`).join(', ')}]} />`,
        ...(notes.length > 0
          ? ['', '## Background', '', `<LessonContextNotes ids={[${notes.join(', ')}]} />`]
          : []),
        '',
        '## Practice quiz',
        '',
        `<Quiz id="${id}" />`,
        '',
      ].join('\n'),
    });
    files.push({
      path: join('quizzes', `${id}.quiz.yaml`),
      text: [
        '# yaml-language-server: $schema=../../../packages/quiz-engine/quiz.schema.json',
        `id: ${id}`,
        `title: ${q(assessment ? 'Assessment' : `Practice quiz: lesson ${n}`)}`,
        `description: ${q(`${size.questions} questions on the words of the statement.`)}`,
        `behaviour: ${assessment ? 'test' : 'practice'}`,
        'questions:',
        ...questions,
        '',
      ].join('\n'),
    });
    links.push(`${n}. [${title}](/lessons/${id})`);
  }
  files.push({
    path: join('docs', 'index.md'),
    text: [
      '---',
      'title: About this course',
      'sidebar_label: About this course',
      'sidebar_position: 0',
      'slug: /',
      `description: ${q(`A course of ${size.lessons} lessons on the June 3, 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting joint press statement.`)}`,
      '---',
      '',
      'Take the lessons in order.',
      '',
      ...links,
      '',
    ].join('\n'),
  });
  return files;
}

/**
 * Replaces the lessons and course quizzes of a copy of the site (never the working tree) with
 * a generated course; the authoring guide and its example quizzes stay as they are.
 */
export async function writeScaleCourse(siteDir: string, size: CourseSize): Promise<void> {
  for (const [folder, pattern] of [
    ['docs', /\.mdx?$/],
    ['quizzes', /\.quiz\.yaml$/],
  ] as const)
    for (const name of await readdir(join(siteDir, folder)))
      if (pattern.test(name)) await rm(join(siteDir, folder, name));
  for (const file of scaleCourseFiles(size)) await writeFile(join(siteDir, file.path), file.text);
}
