// The workloads `npm run bench` times: grading every sample question, and driving an actor.
import { createActor } from 'xstate';
import { EVERY_TYPE_YAML, sampleQuiz } from '../src/__fixtures__/sample-quizzes';
import type { Answer } from '../src/answer';
import type { QuizEvent } from '../src/machine/quiz-events';
import { createQuizMachine } from '../src/machine/quiz-machine';
import { scoreQuestion } from '../src/questions/score-question';

const quiz = sampleQuiz(EVERY_TYPE_YAML);

/** One right and one wrong answer per sample question, in quiz order. */
const answers: Answer[][] = [
  [{ optionId: 'a' }, { optionId: 'b' }],
  [{ optionIds: ['e', 'z'] }, { optionIds: ['e', 'h'] }],
  [{ value: true }, { value: false }],
  [{ blanks: { first: 'Alpha', second: 'β' } }, { blanks: { first: 'Gamma', second: 'x' } }],
  [{ order: ['alpha', 'beta', 'gamma'] }, { order: ['gamma', 'alpha', 'beta'] }],
  [
    { pairs: { 'm-alpha': 'm-alpha', 'm-delta': 'm-delta', 'm-theta': 'm-theta' } },
    { pairs: { 'm-alpha': 'fourth', 'm-delta': 'm-theta', 'm-theta': 'm-delta' } },
  ],
  [{ sentenceIds: ['p2.s2', 'p2.s3'] }, { sentenceIds: ['p2.s1', 'p2.s2'] }],
];

/** Runs `work` repeatedly for about `ms` milliseconds; returns operations per second. */
function rate(work: () => number, ms = 400): number {
  let operations = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    operations += work();
    elapsed = performance.now() - start;
  }
  return (operations / elapsed) * 1000;
}

/** Scores per second over every question type, right and wrong answers alike. */
export function gradingThroughput(): number {
  return rate(() => {
    let count = 0;
    quiz.questions.forEach((question, index) => {
      for (const answer of answers[index] ?? []) {
        scoreQuestion(question, answer);
        count++;
      }
    });
    return count;
  });
}

/** Events per second through a quiz actor: answer, submit and move on, then finish and restart. */
export function transitionThroughput(): number {
  const machine = createQuizMachine(quiz);
  const actor = createActor(machine, { input: { seed: 1 } }).start();
  return rate(() => {
    const events: QuizEvent[] = [{ type: 'quiz.start' }];
    for (const [index] of quiz.questions.entries()) {
      const id = actor.getSnapshot().context.order[index];
      const position = quiz.questions.findIndex((question) => question.id === id);
      const answer = answers[position]?.[index % 2];
      if (answer) events.push({ type: 'answer.change', answer });
      events.push({ type: 'answer.submit' }, { type: 'question.next' });
    }
    events.push({ type: 'quiz.finish' }, { type: 'quiz.restart' });
    for (const event of events) actor.send(event);
    return events.length;
  });
}

/** What a long run of navigation leaves: the persisted snapshot's size and the time it took. */
export interface NavigationRun {
  readonly events: number;
  readonly logLength: number;
  readonly snapshotBytes: number;
  readonly milliseconds: number;
}

/**
 * Starts a practice attempt, answers the first question, then sends `events` navigation events
 * (next, next, previous, go to 3, … as a learner paging back and forth would), and measures the
 * persisted snapshot as the site stores it (JSON).
 */
export function navigationRun(events: number): NavigationRun {
  const moves: QuizEvent[] = [
    { type: 'question.next' },
    { type: 'question.next' },
    { type: 'question.previous' },
    { type: 'question.go', index: 3 },
    { type: 'question.go', index: 0 },
  ];
  const start = performance.now();
  const actor = createActor(createQuizMachine(quiz), { input: { seed: 1 } }).start();
  actor.send({ type: 'quiz.start' });
  actor.send({ type: 'answer.change', answer: { optionId: 'a' } });
  for (let i = 0; i < events; i++) actor.send(moves[i % moves.length] as QuizEvent);
  const stored = JSON.stringify(actor.getPersistedSnapshot());
  const milliseconds = performance.now() - start;
  return {
    events,
    logLength: actor.getSnapshot().context.log.length,
    snapshotBytes: new TextEncoder().encode(stored).length,
    milliseconds,
  };
}
