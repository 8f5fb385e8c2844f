import { describe, expect, it } from 'vitest';
import { readLessonPage } from './lesson-page';

describe('reading a lesson page', () => {
  it('reads the key points of the front matter and the quizzes the page embeds, with their places', () => {
    const page = readLessonPage(
      '---\ntitle: A lesson\nkey_points: [rule-of-law, ukraine]\n---\n\nText and <Quiz id="inline" /> here.\n\n<Quiz id="rule-of-law" />\n\n<QuizSource id="rule-of-law" />\n',
    );

    expect(page).toEqual({
      title: 'A lesson',
      assessment: false,
      idLists: {},
      words: 3,
      keyPoints: [
        { value: 'rule-of-law', position: { line: 3, column: 14 } },
        { value: 'ukraine', position: { line: 3, column: 27 } },
      ],
      quizIds: [
        { value: 'inline', position: { line: 6, column: 10 }, component: 'Quiz' },
        { value: 'rule-of-law', position: { line: 8, column: 1 }, component: 'Quiz' },
        { value: 'rule-of-law', position: { line: 10, column: 1 }, component: 'QuizSource' },
      ],
      problems: [],
    });
  });

  it('reports a key_points value that is not a list, and a quiz element without an id', () => {
    const page = readLessonPage('---\nkey_points: rule-of-law\n---\n\n<Quiz />\n');

    expect(page.problems).toEqual([
      {
        value: "'key_points' must be a list of key point ids, like [rule-of-law, ukraine]",
        position: { line: 2, column: 13 },
      },
      {
        value: '<Quiz> needs the quiz id, as in <Quiz id="the-meeting" />',
        position: { line: 5, column: 1 },
      },
    ]);
  });

  it('throws the MDX parser error for a page that is not valid MDX', () => {
    expect(() => readLessonPage('# Title\n\n<Quiz id="x"\n')).toThrow(/Unexpected end of file/);
  });

  it('reads the title, slug, place and assessment flag of the front matter', () => {
    const page = readLessonPage(
      "---\ntitle: 'Self-assessment: the whole statement'\nslug: /self-assessment\nsidebar_position: 8\nassessment: true\nkey_points: [ukraine]\n---\n",
    );

    expect(page).toMatchObject({
      title: 'Self-assessment: the whole statement',
      slug: '/self-assessment',
      sidebarPosition: 8,
      assessment: true,
    });
  });

  it('reads the lists of ids a page passes to its components, from the MDX tree', () => {
    const page = readLessonPage(
      "import X from 'x';\n\n<KeyPointSummary ids={['rule-of-law', 'ukraine']} />\n\n<StatementExcerpt paragraphs={['p7']} />\n\n<KeyPointSummary ids={['taiwan-strait-unclos']} />\n",
    );

    expect(page.idLists).toEqual({
      'KeyPointSummary.ids': ['rule-of-law', 'ukraine', 'taiwan-strait-unclos'],
      'StatementExcerpt.paragraphs': ['p7'],
    });
  });
});
