import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statement } from './statement';
import { paragraphText } from './text';

// The in-repo copy of the published text: the one authority the data is checked against.
const sourceBytes = readFileSync(
  new URL('./data/tmm-2023-06-03-joint-press-statement.txt', import.meta.url),
);
const sourceLines = sourceBytes
  .toString('utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

describe('the statement data', () => {
  it('is checked against the pinned copy of the published text', () => {
    const digest = createHash('sha256').update(sourceBytes).digest('hex');

    expect(digest).toBe('76a3e2e193851e187111dc954f69373c448a2cd91c9f088e5a1070eab1a28eed');
    expect(sourceLines).toHaveLength(12);
  });

  it('has the title and date of the first two lines', () => {
    expect(statement.title).toBe(sourceLines[0]);
    expect(statement.dateText).toBe(sourceLines[1]);
    expect(statement.date).toBe('2023-06-03');
  });

  it('has eight body paragraphs p1 to p8', () => {
    expect(statement.paragraphs.map((paragraph) => paragraph.id)).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'p8',
    ]);
    expect(statement.paragraphs.map((paragraph) => paragraph.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  it.each(statement.paragraphs.map((paragraph, index) => [paragraph.id, index] as const))(
    'reproduces %s byte for byte when its sentences are joined by single spaces',
    (id, index) => {
      const joined = Buffer.from(paragraphText(id), 'utf8');
      const source = Buffer.from(sourceLines[3 + index] ?? '', 'utf8');

      expect(joined.equals(source)).toBe(true);
    },
  );

  it('numbers the sentences of each paragraph s1, s2, … in order', () => {
    for (const paragraph of statement.paragraphs) {
      expect(paragraph.sentences.map((sentence) => sentence.id)).toEqual(
        paragraph.sentences.map((_, index) => `${paragraph.id}.s${index + 1}`),
      );
    }
  });

  it('splits the body into 26 sentences, each a whole sentence without outer spaces', () => {
    const sentences = statement.paragraphs.flatMap((paragraph) => paragraph.sentences);

    expect(sentences.map((sentence) => sentence.id)).toHaveLength(26);
    for (const sentence of sentences) {
      expect(sentence.text).toMatch(/^[A-Z].*\.$/);
      expect(sentence.text.trim()).toBe(sentence.text);
    }
  });

  it('keeps "U.S." and "Lloyd J. Austin III" inside their sentences', () => {
    const [first] = statement.paragraphs[0]?.sentences ?? [];

    expect(first?.text.startsWith('U.S. Secretary of Defense Lloyd J. Austin III, ')).toBe(true);
    expect(first?.text.endsWith('in Singapore on June 3, 2023.')).toBe(true);
  });

  it('keeps the straight apostrophe of p6\'s "DPRK\'s" and the typographic ones elsewhere', () => {
    expect(paragraphText('p6')).toContain("DPRK's nuclear");
    expect(paragraphText('p6')).not.toContain('’');
    expect(paragraphText('p2')).toContain('DPRK’s weapons');
  });

  it('keeps the link labels of the publishing page out of the body but in the provenance', () => {
    const [englishPage] = statement.publications;
    const body = statement.paragraphs.map((paragraph) => paragraphText(paragraph.id)).join('\n');

    expect(body).not.toContain(sourceLines[2]);
    expect(englishPage?.links?.map((link) => link.label)).toEqual([
      sourceLines[2],
      sourceLines[11],
    ]);
  });

  it('names the three participants with their offices as the statement gives them', () => {
    const firstSentence = statement.paragraphs[0]?.sentences[0]?.text ?? '';

    expect(statement.participants.map((p) => `${p.office} ${p.name}`)).toEqual([
      'U.S. Secretary of Defense Lloyd J. Austin III',
      'Japanese Minister of Defense Hamada Yasukazu',
      'Republic of Korea (ROK) Minister of National Defense Lee Jong-Sup',
    ]);
    for (const participant of statement.participants) {
      expect(firstSentence).toContain(`${participant.office} ${participant.name}`);
    }
  });

  it('records both publisher pages with their own dates', () => {
    expect(
      statement.publications.map(({ publisher, date, language }) => ({
        publisher,
        date,
        language,
      })),
    ).toEqual([
      { publisher: 'Japan Ministry of Defense', date: '2023-06-03', language: 'en' },
      {
        publisher: 'U.S. Indo-Pacific Command (U.S. DoD Immediate Release)',
        date: '2023-06-05',
        language: 'en',
      },
    ]);
    expect(statement.publications[1]?.note).toContain('"in Singapore, June 3, 2023"');
    expect(statement.publications[0]?.links?.[0]?.language).toBe('ja');
    expect(statement.place).toBe('Singapore');
  });
});
