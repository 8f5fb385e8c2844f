import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { EVERY_TYPE_YAML, sampleQuiz, sampleSource } from '../__fixtures__/sample';
import { exportMoodleXml } from './export-moodle-xml';

const quiz = sampleQuiz(EVERY_TYPE_YAML);
const { text, warnings } = exportMoodleXml(quiz, sampleSource);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name) => ['question', 'answer', 'subquestion', 'hint', 'tag'].includes(name),
});
// biome-ignore lint/suspicious/noExplicitAny: a parsed XML document, which the assertions check
type Node = Record<string, any>;
const document = parser.parse(text) as { quiz: { question: Node[] } };
const questions = document.quiz.question;
const byName = (name: string) => questions.find((question) => question.name?.text === name) as Node;

describe('exportMoodleXml', () => {
  it('writes well-formed XML in the structure of Moodle XML: a category, then one question per question', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(questions.map((question) => question.type)).toEqual([
      'category',
      'multichoice',
      'multichoice',
      'truefalse',
      'shortanswer',
      'cloze',
      'matching',
      'matching',
      'multichoice',
    ]);
    expect(questions[0]?.category.text).toBe('$course$/top/every-type');
    for (const question of questions.slice(1)) {
      expect(question.questiontext.format).toBe('markdown');
      expect(typeof question.questiontext.text).toBe('string');
      expect(question.idnumber).toBe(question.name.text);
    }
  });

  it('keeps text with XML and Markdown characters as it is written', () => {
    expect(questions[0]?.info.text).toBe('Every type: 1+1=2 & <more>\n\nA quiz with *every* type.');
    expect(byName('single').questiontext.text).toBe(
      'Which letter opens the sample? {Braces}, a ~tilde, a #hash and a colon: here.',
    );
  });

  it('keeps feedback, hints, tags, points and the evidence with its place', () => {
    const single = byName('single');
    expect(single.single).toBe('true');
    expect(
      single.answer.map((answer: Node) => [answer.fraction, answer.text, answer.feedback?.text]),
    ).toEqual([
      ['100', 'Alpha', 'Yes: it opens.'],
      ['0', 'Beta = second', 'No.'],
    ]);
    expect(single.correctfeedback.text).toBe('Right.');
    expect(single.incorrectfeedback.text).toBe('Not quite.');
    expect(single.hint.map((hint: Node) => hint.text)).toEqual(['Read the first sentence.']);
    expect(single.tags.tag.map((tag: Node) => tag.text)).toEqual([
      'key-point:kp-alpha',
      'glossary:term-delta',
    ]);
    expect(single.generalfeedback.text).toBe(
      'The first sentence says so.\n\nEvidence in the statement: “Alpha opens” (paragraph 1, sentence 1).',
    );
    expect(byName('multi').defaultgrade).toBe('2');
  });

  it('grades multiple select right minus wrong, and true/false with its feedback on each answer', () => {
    const multi = byName('multi');
    expect(multi.single).toBe('false');
    expect(multi.answer.map((answer: Node) => answer.fraction)).toEqual(['50', '50', '-50']);
    const tf = byName('tf');
    expect(
      tf.answer.map((answer: Node) => [answer.text, answer.fraction, answer.feedback?.text]),
    ).toEqual([
      ['true', '100', 'Indeed.'],
      ['false', '0', 'Read p3.'],
    ]);
  });

  it('writes one blank as a short answer and several as a cloze question', () => {
    const blank = byName('blank');
    expect(blank.questiontext.text).toBe('Complete the sentence.\n\n_____ opens the sample.');
    expect(blank.answer.map((answer: Node) => [answer.fraction, answer.text])).toEqual([
      ['100', 'Alpha'],
      ['100', 'The alpha'],
      ['0', '*'],
    ]);
    expect(byName('blanks').questiontext.text).toBe(
      'Complete both.\n\n{1:SHORTANSWER:=Beta} follows {1:SHORTANSWER_C:=alpha}.',
    );
  });

  it('writes matching with its distractor, and the fallbacks with a warning naming the question', () => {
    const match = byName('match');
    expect(match.subquestion.map((sub: Node) => [sub.text ?? '', sub.answer[0].text])).toEqual([
      ['Alpha', 'First'],
      ['Delta', 'Second'],
      ['', 'Third'],
    ]);
    expect(byName('order').subquestion.map((sub: Node) => [sub.text, sub.answer[0].text])).toEqual([
      ['Alpha', '1'],
      ['Beta', '2'],
      ['Gamma', '3'],
    ]);
    expect(byName('pick').answer.map((answer: Node) => [answer.fraction, answer.text])).toEqual([
      ['-50', '(paragraph 2, sentence 1) Delta starts again.'],
      ['50', '(paragraph 2, sentence 2) Epsilon supports the claim.'],
      ['50', '(paragraph 2, sentence 3) Zeta supports it too.'],
    ]);
    expect(warnings.map((warning) => warning.questionId)).toEqual(['order', 'match', 'pick']);
  });
});
