import { defaultSeed, drawQuestions, type Quiz } from '@tmm/quiz-engine';
import { isParagraphId, paragraphText } from '@tmm/statement-content';
import type { LessonTime } from './contract';
import type { LessonFile } from './lessons';

/**
 * The course's rule for time estimates. Reading: 200 words a minute, below the 238 words a
 * minute that Brysbaert's meta-analysis found for adults reading English non-fiction silently
 * (M. Brysbaert, "How many words do we read per minute? A review and meta-analysis of reading
 * rate", Journal of Memory and Language 109, 2019, 104047), because a lesson asks for close
 * reading of a primary source. A quiz: one minute a question, the course's own assumption (read
 * the question, answer, read the feedback), not a measured figure.
 */
export const TIME_RULE = { wordsPerMinute: 200, minutesPerQuestion: 1 } as const;

/** The component whose `paragraphs` prop shows paragraphs of the statement in a lesson. */
const EXCERPT_PARAGRAPHS = 'StatementExcerpt.paragraphs';

/**
 * A lesson's time by TIME_RULE: the words of its own text and of the statement's paragraphs it
 * shows, rounded up to whole minutes; the questions an attempt at its quizzes draws.
 */
export function lessonTime(lesson: LessonFile, quizzes: readonly Quiz[]): LessonTime {
  const shown = (lesson.page.idLists[EXCERPT_PARAGRAPHS] ?? []).filter(isParagraphId);
  const words =
    lesson.page.words +
    shown.reduce(
      (sum, id) =>
        sum +
        paragraphText(id)
          .split(/\s+/)
          .filter((word) => word !== '').length,
      0,
    );
  const questions = lesson.quizIds.reduce((sum, quizId) => {
    const quiz = quizzes.find((candidate) => candidate.id === quizId);
    return sum + (quiz === undefined ? 0 : drawQuestions(quiz, defaultSeed(quiz)).length);
  }, 0);
  return {
    words,
    readingMinutes: Math.max(1, Math.ceil(words / TIME_RULE.wordsPerMinute)),
    questions,
    quizMinutes: Math.ceil(questions * TIME_RULE.minutesPerQuestion),
  };
}
