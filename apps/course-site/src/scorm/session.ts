import type { Answer, Question, Quiz, QuizContext } from '@tmm/quiz-engine';
import type { ScormCourse } from '../../plugins/scorm/contract';
import { attemptIdOf } from '../progress/attempt-record';
import type { ProgressDocument, QuizAttempt } from '../progress/document';
import { importProgress } from '../progress/export-import';
import { lessonProgress } from '../progress/lessons';
import { attemptAccuracy } from '../progress/mastery';
import type { ScormApi, ScormVersion } from './api';
import { cmiDecimal, cmiDuration, cmiTimestamp } from './cmi-format';
import { cmiInteraction } from './interactions';
import { fitSuspendData, readSuspendData, SUSPEND_DATA_LIMIT } from './suspend-data';

/** What the learner is told about the course's link with the LMS. */
export interface ScormNotice {
  readonly kind: 'not-connected' | 'not-saved' | 'too-large' | 'not-resumed';
  readonly message: string;
}

/** The part of the progress store the session uses (`ProgressStore`). */
export interface SessionStore {
  getSnapshot(): ProgressDocument;
  update(change: (current: ProgressDocument) => ProgressDocument): void;
}

export interface ScormSessionOptions {
  readonly api: ScormApi;
  readonly course: ScormCourse;
  readonly store: SessionStore;
  readonly now?: () => Date;
  readonly onNotice: (notice: ScormNotice) => void;
}

/** The CMI element names that differ between the versions. */
const ELEMENTS = {
  '2004': {
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    learnerResponse: 'learner_response',
    timestamp: 'timestamp',
  },
  '1.2': {
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    learnerResponse: 'student_response',
    timestamp: 'time',
  },
} as const satisfies Record<ScormVersion, Record<string, string>>;

/** What the course reports of the learner's progress, before it is written as CMI values. */
export interface CourseStanding {
  readonly lessonsCompleted: number;
  readonly lessons: number;
  /** The latest self-assessment attempt's score (0 to 1) and whether it passed; null if none. */
  readonly assessment: { readonly score: number; readonly passed: boolean } | null;
}

/**
 * Where the learner stands: lessons completed of the course's lessons, and the latest
 * self-assessment attempt scored by its marks (accuracy) against the quiz's pass mark.
 */
export function courseStanding(course: ScormCourse, document: ProgressDocument): CourseStanding {
  const lessons = lessonProgress(course.lessonIds, document);
  const { assessment } = course;
  const latest =
    assessment === null
      ? undefined
      : document.attempts
          .filter(
            (attempt): attempt is QuizAttempt =>
              attempt.kind === 'quiz' && attempt.quizId === assessment.quizId,
          )
          .at(-1);
  const score = latest === undefined ? null : attemptAccuracy(latest.questions);
  return {
    lessonsCompleted: lessons.completed.length,
    lessons: lessons.total,
    assessment:
      score === null || assessment === null
        ? null
        : { score, passed: score >= assessment.passMark },
  };
}

/** The CMI values of a standing, in the order they are set. */
export function standingValues(
  standing: CourseStanding,
  version: ScormVersion,
): readonly (readonly [string, string])[] {
  const complete = standing.lessons > 0 && standing.lessonsCompleted >= standing.lessons;
  const percent = (fraction: number) => cmiDecimal(Math.round(fraction * 10_000) / 100);
  const score =
    standing.assessment === null
      ? []
      : ([
          [ELEMENTS[version].scoreMin, '0'],
          [ELEMENTS[version].scoreMax, '100'],
          [ELEMENTS[version].scoreRaw, percent(standing.assessment.score)],
        ] as const);
  if (version === '1.2') {
    const status =
      standing.assessment !== null
        ? standing.assessment.passed
          ? 'passed'
          : 'failed'
        : complete
          ? 'completed'
          : 'incomplete';
    return [['cmi.core.lesson_status', status], ...score];
  }
  return [
    ['cmi.completion_status', complete ? 'completed' : 'incomplete'],
    [
      'cmi.progress_measure',
      cmiDecimal(standing.lessons > 0 ? standing.lessonsCompleted / standing.lessons : 0),
    ],
    [
      'cmi.success_status',
      standing.assessment === null ? 'unknown' : standing.assessment.passed ? 'passed' : 'failed',
    ],
    ...(standing.assessment === null
      ? []
      : ([['cmi.score.scaled', cmiDecimal(standing.assessment.score)]] as const)),
    ...score,
  ];
}

const TRIES_KEY = (context: QuizContext, questionId: string, index: number) =>
  `${attemptIdOf(context)}/${questionId}/${index}`;

/** The graded tries a saved quiz snapshot holds, per question, if it is of the same attempt. */
function savedTries(saved: unknown, context: QuizContext): Readonly<Record<string, number>> {
  if (typeof saved !== 'object' || saved === null || !('context' in saved)) return {};
  const before = (saved as { context: Partial<QuizContext> }).context;
  if (
    before?.quizId !== context.quizId ||
    before.seed !== context.seed ||
    before.attempt !== context.attempt ||
    typeof before.questions !== 'object'
  )
    return {};
  return Object.fromEntries(
    Object.entries(before.questions ?? {}).map(([id, work]) => [
      id,
      Array.isArray(work?.tries) ? work.tries.length : 0,
    ]),
  );
}

/**
 * The course's link with the LMS for one launch: reads the saved progress back, reports the
 * learner's standing, every graded answer as an interaction and the progress as
 * `suspend_data`, commits, and at the end the session time and Terminate. A call the LMS
 * refuses (or an API that throws) is reported once to the learner, never thrown: the course
 * and the browser's copy of the progress go on, and the next report tries again.
 */
export class ScormSession {
  readonly version: ScormVersion;
  private readonly api: ScormApi;
  private readonly course: ScormCourse;
  private readonly store: SessionStore;
  private readonly now: () => Date;
  private readonly onNotice: (notice: ScormNotice) => void;
  private readonly startedAt: Date;
  /** Values the LMS accepted, so that an unchanged value is not sent again. */
  private readonly sent = new Map<string, string>();
  private readonly reported = new Set<string>();
  /** When each question of a quiz was first shown in this launch, for the latency. */
  private readonly shownAt = new Map<string, Date>();
  private interactions = 0;
  private state: 'idle' | 'running' | 'ended' = 'idle';
  private noticed = new Set<ScormNotice['kind']>();

  constructor(options: ScormSessionOptions) {
    this.api = options.api;
    this.version = options.api.version;
    this.course = options.course;
    this.store = options.store;
    this.now = options.now ?? (() => new Date());
    this.onNotice = options.onNotice;
    this.startedAt = this.now();
  }

  get running(): boolean {
    return this.state === 'running';
  }

  private notice(kind: ScormNotice['kind'], message: string): void {
    if (this.noticed.has(kind)) return;
    this.noticed.add(kind);
    this.onNotice({ kind, message });
  }

  private set(element: string, value: string): boolean {
    if (this.sent.get(element) === value) return true;
    const call = this.api.setValue(element, value);
    if (call.ok) {
      this.sent.set(element, value);
      return true;
    }
    this.notice(
      'not-saved',
      `Your latest progress could not be sent to your learning management system: ${call.error}. It is kept in this browser, and the course sends it again with your next step.`,
    );
    return false;
  }

  /**
   * Initialize, then resume: the progress saved in `suspend_data` is merged into this
   * browser's by the import's merge rule (nothing here is lost), through the migrations when
   * an older course saved it. Returns false when the LMS refused to start a session.
   */
  start(): boolean {
    const initialized = this.api.initialize();
    if (!initialized.ok) {
      this.state = 'ended';
      this.notice(
        'not-connected',
        `The course could not connect to your learning management system: ${initialized.error}. Your progress is kept in this browser only, and will not reach the gradebook from this visit.`,
      );
      return false;
    }
    this.state = 'running';
    const count = this.api.getValue('cmi.interactions._count');
    this.interactions = count.ok ? Number.parseInt(count.value, 10) || 0 : 0;
    const saved = this.api.getValue(ELEMENTS[this.version].suspendData);
    if (saved.ok) {
      this.sent.set(ELEMENTS[this.version].suspendData, saved.value);
      this.resume(saved.value);
    }
    this.report();
    this.commit();
    return true;
  }

  private resume(suspendData: string): void {
    const read = readSuspendData(suspendData);
    if (read.kind === 'empty') return;
    const unresumed = (why: string) =>
      this.notice(
        'not-resumed',
        `The progress your learning management system kept for you could not be read back (${why}). Your progress in this browser is kept, and the course saves it there again.`,
      );
    if (read.kind === 'unreadable') {
      unresumed(read.message);
      return;
    }
    let failure: string | undefined;
    this.store.update((current) => {
      const imported = importProgress(current, read.exportText);
      if (imported.ok) return imported.document;
      failure = imported.message;
      return current;
    });
    if (failure !== undefined) unresumed(failure);
  }

  /** Sends the learner's standing and progress (unchanged values are not sent again). */
  report(): void {
    if (this.state !== 'running') return;
    const document = this.store.getSnapshot();
    for (const [element, value] of standingValues(
      courseStanding(this.course, document),
      this.version,
    ))
      this.set(element, value);
    const limit = SUSPEND_DATA_LIMIT[this.version];
    const fit = fitSuspendData(document, limit, this.now());
    if (!fit.ok) {
      this.notice(
        'too-large',
        `Your progress has grown too large for your learning management system to keep (${fit.length.toLocaleString('en')} characters of the ${limit.toLocaleString('en')} it holds). It is kept in this browser; the LMS keeps the last progress that fitted.`,
      );
      return;
    }
    this.set(ELEMENTS[this.version].suspendData, fit.text);
  }

  commit(): boolean {
    if (this.state !== 'running') return false;
    const call = this.api.commit();
    if (!call.ok) {
      // Sent values may not have been stored: send them all again next time.
      this.sent.clear();
      this.notice(
        'not-saved',
        `Your learning management system did not save your latest progress: ${call.error}. It is kept in this browser, and the course sends it again with your next step.`,
      );
    }
    return call.ok;
  }

  /**
   * A change of a quiz, before it is saved: each try graded since the quiz's saved state (or
   * since the attempt's finish, for a quiz graded at the end) becomes an interaction.
   */
  observeQuiz(quiz: Quiz, context: QuizContext): void {
    if (this.state !== 'running') return;
    const now = this.now();
    const shownKey = (questionId: string) => `${attemptIdOf(context)}/${questionId}`;
    const current = context.order[context.current];
    if (current !== undefined && !this.shownAt.has(shownKey(current)))
      this.shownAt.set(shownKey(current), now);
    const document = this.store.getSnapshot();
    const attemptId = attemptIdOf(context);
    // An attempt already recorded was reported when it was played (reviewing it changes nothing).
    if (document.attempts.some((attempt) => attempt.attemptId === attemptId)) return;
    const before = savedTries(document.snapshots[quiz.id]?.snapshot, context);
    for (const questionId of context.order) {
      const work = context.questions[questionId];
      const question = quiz.questions.find((candidate) => candidate.id === questionId);
      if (work === undefined || question === undefined || work.answer === undefined) continue;
      for (let index = before[questionId] ?? 0; index < work.tries.length; index += 1) {
        const key = TRIES_KEY(context, questionId, index);
        if (this.reported.has(key)) continue;
        this.reported.add(key);
        // Only the last try's answer is still known (each change is saved, so there is one).
        if (index !== work.tries.length - 1) continue;
        // The try's own credit (before penalties for tries and hints): how right the answer was.
        this.recordInteraction(quiz, question, work.answer, work.tries[index] ?? 0, {
          at: now,
          shownAt: this.shownAt.get(shownKey(questionId)) ?? this.startedAt,
        });
      }
    }
  }

  private recordInteraction(
    quiz: Quiz,
    question: Question,
    answer: Answer,
    fraction: number,
    time: { readonly at: Date; readonly shownAt: Date },
  ): void {
    let interaction: ReturnType<typeof cmiInteraction>;
    try {
      interaction = cmiInteraction(question, answer, fraction, this.version);
    } catch (error) {
      console.warn(`Interaction ${quiz.id}.${question.id} not reported: ${String(error)}`);
      return;
    }
    const n = this.interactions;
    this.interactions += 1;
    const prefix = `cmi.interactions.${n}`;
    const names = ELEMENTS[this.version];
    const values: [string, string][] = [
      [`${prefix}.id`, `${quiz.id}.${question.id}`],
      [`${prefix}.type`, interaction.type],
      [`${prefix}.${names.timestamp}`, cmiTimestamp(time.at, this.version)],
      ...interaction.correctResponses.map(
        (pattern, index) =>
          [`${prefix}.correct_responses.${index}.pattern`, pattern] as [string, string],
      ),
      [`${prefix}.weighting`, cmiDecimal(question.points)],
      [`${prefix}.${names.learnerResponse}`, interaction.learnerResponse],
      [`${prefix}.result`, interaction.result],
      [`${prefix}.latency`, cmiDuration(time.at.getTime() - time.shownAt.getTime(), this.version)],
    ];
    for (const [element, value] of values) {
      // Interactions are written once: never skipped as "unchanged".
      this.sent.delete(element);
      this.set(element, value);
    }
  }

  /** The end of the launch (page hidden or closed): last report, session time, Terminate. */
  end(): void {
    if (this.state !== 'running') return;
    this.report();
    const names = ELEMENTS[this.version];
    this.set(
      names.sessionTime,
      cmiDuration(this.now().getTime() - this.startedAt.getTime(), this.version),
    );
    // Suspend, so that the LMS keeps suspend_data for the next launch.
    this.set(names.exit, 'suspend');
    this.commit();
    this.api.terminate();
    this.state = 'ended';
  }
}
