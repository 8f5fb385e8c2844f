import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { EvidenceAnchor, QuizError } from '@tmm/quiz-engine';
import {
  allSentenceIds,
  getParagraph,
  getSentence,
  paragraphOf,
  paragraphText,
  type SentenceId,
  sentenceSpans,
  statement,
} from '@tmm/statement-content';
import { evidenceSentences } from '../../shared/statement-anchor';

/** Which sentences of the statement some question cites as evidence, and which none does. */
export interface SentenceCoverage {
  /** In reading order. */
  readonly cited: readonly SentenceId[];
  /** In reading order. */
  readonly uncited: readonly SentenceId[];
}

/** The sentences that the evidence anchors of `questions` touch, and the rest of the statement. */
export function sentenceCoverage(
  questions: readonly { readonly evidence: readonly EvidenceAnchor[] }[],
): SentenceCoverage {
  const cited = evidenceSentences(questions.flatMap((question) => question.evidence));
  const citedSet = new Set(cited);
  return { cited, uncited: allSentenceIds().filter((id) => !citedSet.has(id)) };
}

/**
 * The content package's pinned copy of the published text, where uncited sentences are located.
 * Resolved through the package itself, so that a copy of the site linked to the repository's
 * packages finds it too.
 */
export function statementSourcePath(): string {
  const entry = createRequire(import.meta.url).resolve('@tmm/statement-content');
  return join(dirname(entry), 'data', `${statement.id}-joint-press-statement.txt`);
}

/** The published text, or undefined when it cannot be read (warnings then name no line). */
export async function readStatementSource(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

/** 1-based line and column (UTF-16, as editors count) of a sentence in the published text. */
function placeOf(source: string, id: SentenceId): { line: number; column: number } | undefined {
  const paragraph = paragraphOf(id);
  const lines = source.split('\n');
  const index = lines.indexOf(paragraphText(paragraph));
  const span = sentenceSpans(paragraph).find((candidate) => candidate.id === id);
  if (index === -1 || span === undefined) return undefined;
  return { line: index + 1, column: span.start + 1 };
}

/** The first words of a sentence, enough to recognise it. */
function opening(text: string, words = 8): string {
  const all = text.split(' ');
  return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}

/**
 * One warning for each sentence no question cites, located at the sentence in the published
 * text (`file` as shown), or at the file alone when its text is not given.
 */
export function uncitedSentenceWarnings(
  uncited: readonly SentenceId[],
  source: { readonly shownPath: string; readonly text?: string },
): QuizError[] {
  return uncited.map((id) => {
    const place = source.text === undefined ? undefined : placeOf(source.text, id);
    const number = getParagraph(paragraphOf(id))?.number;
    return {
      severity: 'warning',
      file: source.shownPath,
      ...place,
      path: id,
      message: `sentence ${id} (“${opening(getSentence(id)?.text ?? '')}”) is cited as evidence by no question of the course's quizzes; quote its words in the 'evidence' of a question, for example in the quiz of the lesson on paragraph ${number}`,
    } satisfies QuizError;
  });
}
