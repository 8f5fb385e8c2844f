import { readFileSync } from 'node:fs';

/**
 * Progress documents of earlier versions, as stored text. The version 3 one is what the site at
 * commit 8b2f251 (the last to write version 3) stored in Chromium's localStorage while its
 * production build was played as the walkthrough of `tests/browser/honest-results.test.ts` plays
 * it: lessons 1 to 3's quizzes finished, all right and rated sure, and four days later a "Review
 * now" session of ten questions, one missed though rated sure and one right though not sure.
 * The version 2 ones are what the site
 * at commit 8d9deb7 (the last to write version 2) stored in Chromium's localStorage while its
 * production build was played: the first two lessons' quizzes finished (one answer of lesson 2
 * missed) and lesson 3's started; and lesson 1's quiz finished, then six weeks later a "Review
 * now" session finished with one answer missed though rated sure. No version of this site ever
 * wrote version 1 (it is the best-score format of earlier sites); that one is written to its
 * frozen schema with the course's quiz ids.
 */
export const oldDocuments = {
  v1BestScores: read('v1-best-scores.json'),
  v2TwoLessonsAndUnfinishedQuiz: read('v2-two-lessons-and-unfinished-quiz.json'),
  v2LessonAndReview: read('v2-lesson-and-review.json'),
  v3ThreeLessonsAndReview: read('v3-three-lessons-and-review.json'),
} as const;

function read(name: string): string {
  return readFileSync(new URL(`documents/${name}`, import.meta.url), 'utf8');
}
