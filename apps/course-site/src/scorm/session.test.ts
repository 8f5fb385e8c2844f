import {
  createQuizMachine,
  type Quiz,
  type QuizContext,
  type QuizEvent,
  resultsOf,
} from '@tmm/quiz-engine';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { ScormCourse } from '../../plugins/scorm/contract';
import { courseQuiz } from '../__fixtures__/course';
import { oldDocuments } from '../progress/__fixtures__/documents';
import { attemptIdOf, attemptRecord } from '../progress/attempt-record';
import { emptyProgressDocument, type ProgressDocument } from '../progress/document';
import { completeLesson } from '../progress/lessons';
import { recordAttempt } from '../progress/record-attempt';
import { saveQuizSnapshot } from '../progress/snapshots';
import { cmiResponseProblem } from './__fixtures__/cmi-model';
import { FakeLms } from './__fixtures__/fake-lms';
import { courseStanding, type ScormNotice, ScormSession, standingValues } from './session';
import { encodeSuspendData, fitSuspendData } from './suspend-data';

const COURSE: ScormCourse = {
  lessonIds: ['the-meeting', 'dprk-threat', 'self-assessment'],
  assessment: { lessonId: 'self-assessment', quizId: 'self-assessment', passMark: 0.7 },
};

/** The progress store's part the session uses, over a document in memory. */
function memoryStore(document: ProgressDocument = emptyProgressDocument()) {
  let current = document;
  return {
    getSnapshot: () => current,
    update(change: (before: ProgressDocument) => ProgressDocument) {
      current = change(current);
    },
  };
}

/**
 * Plays `quiz` as the page does: each change goes to the session before it is saved (as
 * `useQuizProgress` tells its observers), then into the store; the finish records the attempt.
 */
function play(
  quiz: Quiz,
  events: readonly QuizEvent[],
  session: ScormSession,
  store: ReturnType<typeof memoryStore>,
  lessonId: string,
): QuizContext {
  const actor = createActor(createQuizMachine(quiz), { input: { seed: 7, attempt: 1 } }).start();
  for (const event of events) {
    actor.send(event);
    const snapshot = actor.getSnapshot();
    const { context } = snapshot;
    session.observeQuiz(quiz, context);
    if (!context.finished)
      store.update((document) =>
        saveQuizSnapshot(document, quiz.id, actor.getPersistedSnapshot(), new Date()),
      );
    else if (!store.getSnapshot().attempts.some((a) => a.attemptId === attemptIdOf(context)))
      store.update((document) =>
        completeLesson(
          recordAttempt(
            document,
            attemptRecord(quiz, context, resultsOf(quiz, context), new Date()),
          ),
          lessonId,
          new Date(),
        ),
      );
    session.report();
  }
  const { context } = actor.getSnapshot();
  actor.stop();
  return context;
}

/** Right answers to a quiz's questions in its order: change, submit, next. */
function rightEvents(quiz: Quiz, order: readonly string[]): QuizEvent[] {
  const events: QuizEvent[] = [{ type: 'quiz.start' }];
  for (const id of order) {
    const question = quiz.questions.find((candidate) => candidate.id === id);
    if (question?.type !== 'true-false' && question?.type !== 'single-choice') continue;
    events.push({
      type: 'answer.change',
      answer:
        question.type === 'true-false'
          ? { value: question.answer }
          : { optionId: question.options.find((o) => o.correct)?.id ?? '' },
    });
    events.push({ type: 'answer.submit' });
  }
  return events;
}

function start(lms: FakeLms, document?: ProgressDocument) {
  const store = memoryStore(document);
  const notices: ScormNotice[] = [];
  const session = new ScormSession({
    api: lms,
    course: COURSE,
    store,
    onNotice: (n) => notices.push(n),
  });
  const started = session.start();
  return { store, notices, session, started };
}

describe('courseStanding and its CMI values', () => {
  it('reports lessons completed, and the latest self-assessment against its pass mark', () => {
    let document = completeLesson(emptyProgressDocument(), 'the-meeting', new Date());
    expect(courseStanding(COURSE, document)).toEqual({
      lessonsCompleted: 1,
      lessons: 3,
      assessment: null,
    });
    expect(standingValues(courseStanding(COURSE, document), '2004')).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.progress_measure', '0.3333333'],
      ['cmi.success_status', 'unknown'],
    ]);
    expect(standingValues(courseStanding(COURSE, document), '1.2')).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
    ]);
    const attempt = (id: string, credits: number[]) => ({
      kind: 'quiz' as const,
      attemptId: id,
      quizId: 'self-assessment',
      finishedAt: new Date().toISOString(),
      questions: credits.map((credit, n) => ({
        questionId: `q${n}`,
        keyPointIds: [],
        earned: credit,
        total: 1,
        correct: credit === 1,
        tries: 1,
        hints: 0,
      })),
    });
    document = {
      ...document,
      attempts: [attempt('a:1:1', [1, 1, 1, 1]), attempt('a:1:2', [1, 1, 0, 0])],
    };
    for (const lesson of COURSE.lessonIds) document = completeLesson(document, lesson, new Date());
    // The latest attempt: 2 of 4 marks, below the pass mark of 70%.
    expect(standingValues(courseStanding(COURSE, document), '2004')).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.progress_measure', '1'],
      ['cmi.success_status', 'failed'],
      ['cmi.score.scaled', '0.5'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '50'],
    ]);
    expect(standingValues(courseStanding(COURSE, document), '1.2')[0]).toEqual([
      'cmi.core.lesson_status',
      'failed',
    ]);
  });
});

describe('ScormSession', () => {
  const quiz = courseQuiz('the-meeting');

  for (const version of ['2004', '1.2'] as const)
    it(`reports every graded answer once, the standing, and resumes from suspend_data (${version})`, () => {
      const lms = new FakeLms(version);
      const { store, notices, session, started } = start(lms);
      expect(started).toBe(true);
      const context = play(
        quiz,
        rightEvents(
          quiz,
          quiz.questions.map((q) => q.id),
        ),
        session,
        store,
        'the-meeting',
      );
      const graded = Object.values(context.questions).filter(
        (work) => work.tries.length > 0,
      ).length;
      expect(graded).toBeGreaterThan(0);
      const interactions = lms.interactions();
      expect(interactions).toHaveLength(graded);
      for (const interaction of interactions) {
        expect(interaction.result).toBe('correct');
        const response =
          interaction[version === '2004' ? 'learner_response' : 'student_response'] ?? '';
        expect(cmiResponseProblem(interaction.type ?? '', response, version)).toBeNull();
      }
      session.end();
      expect(lms.calls.at(-1)).toBe('Terminate');
      expect(lms.values.get(version === '2004' ? 'cmi.exit' : 'cmi.core.exit')).toBe('suspend');
      expect(notices).toEqual([]);

      // Relaunched with an empty browser: the LMS's suspend_data brings the record back.
      const relaunch = new FakeLms(version, lms.kept());
      const again = start(relaunch);
      expect(again.store.getSnapshot().attempts).toEqual(store.getSnapshot().attempts);
      expect(again.store.getSnapshot().lessons).toEqual(store.getSnapshot().lessons);
      expect(again.notices).toEqual([]);
    });

  it('merges what the LMS kept into the browser’s record, losing neither', () => {
    const lms = new FakeLms('2004');
    const first = start(lms, completeLesson(emptyProgressDocument(), 'the-meeting', new Date()));
    first.session.end();
    const here = completeLesson(emptyProgressDocument(), 'dprk-threat', new Date());
    const again = start(new FakeLms('2004', lms.kept()), here);
    expect(Object.keys(again.store.getSnapshot().lessons).sort()).toEqual([
      'dprk-threat',
      'the-meeting',
    ]);
  });

  it('resumes from suspend_data an older version of the course saved (a version 2 record)', () => {
    const text = oldDocuments.v2TwoLessonsAndUnfinishedQuiz;
    const saved = `tmm1:${Buffer.from(deflateSync(strToU8(text))).toString('base64')}`;
    const { store, notices } = start(new FakeLms('1.2', { 'cmi.suspend_data': saved }));
    const old = JSON.parse(text) as { attempts: unknown[]; lessons: object; snapshots: object };
    expect(store.getSnapshot().attempts).toHaveLength(old.attempts.length);
    expect(Object.keys(store.getSnapshot().lessons)).toEqual(Object.keys(old.lessons));
    expect(Object.keys(store.getSnapshot().snapshots)).toEqual(Object.keys(old.snapshots));
    expect(notices).toEqual([]);
  });

  it('keeps the browser’s record and says so when the LMS’s suspend_data cannot be read', () => {
    const here = completeLesson(emptyProgressDocument(), 'the-meeting', new Date());
    for (const saved of [
      'tmm2:AAAA',
      'tmm2:0abcde',
      'tmm1:bm90IGRlZmxhdGVk',
      'slide=4|viewed=1,2',
    ]) {
      const { store, notices } = start(new FakeLms('2004', { 'cmi.suspend_data': saved }), here);
      expect(store.getSnapshot().lessons).toEqual(here.lessons);
      expect(notices.map((notice) => notice.kind)).toEqual(['not-resumed']);
      expect(notices[0]?.message).toMatch(
        /could not be read back .*Your progress in this browser is kept/,
      );
    }
    // A newer record of this course: the import's own reason.
    const newer = `tmm1:${Buffer.from(deflateSync(strToU8(JSON.stringify({ format: 'tmm-course-progress', version: 99 })))).toString('base64')}`;
    const { notices } = start(new FakeLms('2004', { 'cmi.suspend_data': newer }), here);
    expect(notices[0]?.message).toMatch(/newer version/);
  });

  it('when the LMS refuses to start, says the progress stays in this browser, and calls it no more', () => {
    const lms = new FakeLms('2004', {}, { initialize: true });
    const { notices, session, started } = start(lms);
    expect(started).toBe(false);
    expect(notices).toEqual([
      {
        kind: 'not-connected',
        message:
          'The course could not connect to your learning management system: the LMS refused Initialize (error 101). Your progress is kept in this browser only, and will not reach the gradebook from this visit.',
      },
    ]);
    session.report();
    session.end();
    expect(lms.calls).toEqual(['Initialize']);
  });

  it('when the API throws, tells the learner once and never throws into the course', () => {
    const lms = new FakeLms('2004', {}, { throws: true });
    const { notices, started } = start(lms);
    expect(started).toBe(false);
    expect(notices.map((notice) => notice.kind)).toEqual(['not-connected']);
    expect(notices[0]?.message).toContain("the LMS's SCORM API failed (down)");
  });

  it('when a commit fails, says so once, keeps the record here, and sends everything again later', () => {
    const lms = new FakeLms('2004', {}, { commit: true });
    const document = completeLesson(emptyProgressDocument(), 'the-meeting', new Date());
    const { store, notices, session } = start(lms, document);
    expect(notices.map((notice) => notice.kind)).toEqual(['not-saved']);
    expect(notices[0]?.message).toBe(
      'Your learning management system did not save your latest progress: the LMS refused Commit (error 391). It is kept in this browser, and the course sends it again with your next step.',
    );
    expect(store.getSnapshot()).toEqual(document);
    // The LMS recovers: the next report sends every value again, and the commit keeps them.
    lms.faults = {};
    const sets = lms.calls.filter((call) => call.startsWith('SetValue')).length;
    session.report();
    expect(
      lms.calls.filter((call) => call.startsWith('SetValue')).length - sets,
    ).toBeGreaterThanOrEqual(4);
    expect(session.commit()).toBe(true);
    expect(lms.kept()['cmi.completion_status']).toBe('incomplete');
    expect(lms.kept()['cmi.suspend_data']).toBe(lms.values.get('cmi.suspend_data'));
  });

  it('when the record outgrows suspend_data, says so and leaves the last one that fitted', () => {
    const lms = new FakeLms('1.2');
    const { store, notices, session } = start(lms);
    const fitted = lms.values.get('cmi.suspend_data');
    expect(fitted).toMatch(/^tmm2:/);
    // An unfinished quiz too large for 4,096 characters even compacted.
    store.update((document) =>
      saveQuizSnapshot(
        document,
        'self-assessment',
        {
          context: {
            log: Array.from({ length: 3000 }, (_, n) => ({
              type: `e${n}-${((n * 2654435761) % 4294967296).toString(36)}`,
            })),
          },
        },
        new Date(),
      ),
    );
    expect(fitSuspendData(store.getSnapshot(), 4096, new Date()).ok).toBe(false);
    session.report();
    expect(lms.values.get('cmi.suspend_data')).toBe(fitted);
    expect(notices.map((notice) => notice.kind)).toEqual(['too-large']);
    expect(notices[0]?.message).toMatch(
      /too large .* of the 4,096 it holds\)\. It is kept in this browser/,
    );
    expect(encodeSuspendData(store.getSnapshot(), new Date()).length).toBeGreaterThan(4096);
  });
});
