import {
  getParagraph,
  paragraphIds,
  paragraphText,
  segmentParagraph,
} from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import { layoutText, paragraphLayout } from './paragraph-layout';

function layoutOf(id: (typeof paragraphIds)[number]) {
  const paragraph = getParagraph(id);
  if (paragraph === undefined) throw new Error(`no paragraph ${id}`);
  return { paragraph, parts: paragraphLayout(paragraph, segmentParagraph(id)) };
}

describe('paragraphLayout', () => {
  it.each(paragraphIds)('shows paragraph %s exactly as published', (id) => {
    expect(layoutText(layoutOf(id).parts)).toBe(paragraphText(id));
  });

  it('gives every sentence its own part, with its text exactly', () => {
    const { paragraph, parts } = layoutOf('p2');
    const sentences = parts.flatMap((part) => (part.kind === 'sentence' ? [part] : []));
    expect(sentences.map((part) => part.id)).toEqual(paragraph.sentences.map((s) => s.id));
    expect(sentences.map((part) => layoutText([part]))).toEqual(
      paragraph.sentences.map((s) => s.text),
    );
  });

  it('keeps the spaces between sentences outside every sentence', () => {
    const { paragraph, parts } = layoutOf('p3');
    const gaps = parts.filter((part) => part.kind === 'gap');
    expect(gaps).toHaveLength(paragraph.sentences.length - 1);
    expect(gaps.every((gap) => gap.kind === 'gap' && gap.text === ' ')).toBe(true);
  });

  it('makes one run of each linked term, whatever key points cross it', () => {
    const segments = segmentParagraph('p2');
    const linkedStarts = segments.filter(
      (segment, index) =>
        segment.termId !== undefined &&
        (segments[index - 1]?.termId !== segment.termId ||
          segments[index - 1]?.end !== segment.start),
    ).length;
    const termRuns = layoutOf('p2').parts.flatMap((part) =>
      part.kind === 'sentence' ? part.runs.filter((run) => run.kind === 'term') : [],
    );
    expect(termRuns).toHaveLength(linkedStarts);
  });
});
