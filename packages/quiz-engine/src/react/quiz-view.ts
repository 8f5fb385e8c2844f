import type { Answer, ConfidenceLevel } from '../answer';
import type { QuestionAttempt, QuizContext } from '../attempt';
import type { EvidenceAnchor } from '../evidence-anchor';
import { type QuestionStatus, statusOf } from '../grading/question-status';
import { canRequestHint, currentWork, questionById, submitProblem } from '../machine/attempt-rules';
import { type QuizResults, resultsOf } from '../machine/results-of';
import type { Question } from '../question';
import { isQuestionComplete, moduleOf } from '../questions/score-question';
import type { PartMark } from '../questions/score-result';
import type { Behaviour, Quiz } from '../quiz';

/**
 * Which screen the quiz is on: `review` is a test's summary before finishing; `finished` the
 * results of the graded attempt, and `reviewing` one of its questions looked at again.
 */
export type QuizPhase =
  | 'intro'
  | 'answering'
  | 'feedback'
  | 'navigating'
  | 'review'
  | 'finished'
  | 'reviewing';

/** Feedback on the question shown, once there is something to say. */
export interface FeedbackView {
  readonly status: QuestionStatus;
  /** The question's feedback for this status (Markdown). */
  readonly message?: string;
  /** Feedback of the options chosen, blanks missed or pairs mismatched (Markdown). */
  readonly notes: readonly string[];
  /** Per-part marks; `missed` parts (the right answers) only once `final`. */
  readonly parts: readonly PartMark[];
  /** No more tries: the explanation, the evidence and the right answers may be shown. */
  readonly final: boolean;
  readonly explanation?: string;
  readonly evidence: readonly EvidenceAnchor[];
}

/** The question shown, with everything a component needs to render it. */
export interface QuestionView {
  readonly question: Question;
  /** 0-based place in the attempt. */
  readonly index: number;
  readonly count: number;
  /** Display order of options, items or right-hand choices (empty for other types). */
  readonly choiceOrder: readonly string[];
  readonly answer?: Answer;
  readonly confidence?: ConfidenceLevel;
  /** The hints revealed so far (Markdown). */
  readonly hints: readonly string[];
  readonly canRequestHint: boolean;
  readonly tries: number;
  /** Tries left in practice behaviour. */
  readonly triesLeft: number;
  readonly canChangeAnswer: boolean;
  /** `answer.submit` would grade the answer (practice). */
  readonly canSubmit: boolean;
  /** The answer is complete enough to grade. */
  readonly complete: boolean;
  /** Why the last submission was refused. */
  readonly notice?: string;
  readonly feedback?: FeedbackView;
}

/** How a question stands, for a question navigator; never reveals marks before they are due. */
export type NavigatorStatus = 'unanswered' | 'incomplete' | 'answered' | QuestionStatus;

/** One entry of the question navigator. */
export interface NavigatorEntry {
  readonly questionId: string;
  readonly index: number;
  readonly status: NavigatorStatus;
  readonly current: boolean;
}

/** Everything a quiz component renders, derived from a machine snapshot. */
export interface QuizView {
  readonly phase: QuizPhase;
  readonly behaviour: Behaviour;
  /** Ask for a confidence rating with each answer. */
  readonly confidence: boolean;
  readonly attempt: number;
  /** The question shown (absent at the intro and the test review). */
  readonly question?: QuestionView;
  readonly navigator: readonly NavigatorEntry[];
  /** Questions with a complete answer or a graded try. */
  readonly answered: number;
  /** The graded attempt, once finished. */
  readonly results?: QuizResults;
}

/** The snapshot parts the view reads. */
export interface QuizViewSource {
  readonly value: unknown;
  readonly context: QuizContext;
}

function phaseOf(value: unknown): QuizPhase {
  if (value === 'intro' || value === 'finished') return value;
  if (typeof value === 'object' && value !== null) {
    const [[parent, child] = []] = Object.entries(value);
    if (parent === 'finished') return child === 'reviewing' ? 'reviewing' : 'finished';
    if (
      child === 'answering' ||
      child === 'feedback' ||
      child === 'navigating' ||
      child === 'review'
    )
      return child;
  }
  return 'intro';
}

function feedbackOf(
  question: Question,
  work: QuestionAttempt,
  final: boolean,
  status: QuestionStatus,
): FeedbackView {
  const parts = work.score?.parts ?? [];
  const message =
    status === 'correct'
      ? question.feedback.correct
      : status === 'partial'
        ? (question.feedback.partial ?? question.feedback.incorrect)
        : status === 'incorrect'
          ? question.feedback.incorrect
          : undefined;
  return {
    status,
    ...(message ? { message } : {}),
    notes: moduleOf(question).feedbackNotes(question, work.answer, parts),
    parts: final ? parts : parts.filter((part) => part.status !== 'missed'),
    final,
    ...(final && question.explanation ? { explanation: question.explanation } : {}),
    evidence: final ? question.evidence : [],
  };
}

/** How the latest graded try went (a question's result, once finished, counts its best). */
const lastTryStatus = (work: QuestionAttempt): QuestionStatus => statusOf(work.tries.at(-1));

/** Derives the view of a quiz from a snapshot of its machine (pure). */
export function quizView(quiz: Quiz, snapshot: QuizViewSource): QuizView {
  const { context } = snapshot;
  const phase = phaseOf(snapshot.value);
  const results = context.finished ? resultsOf(quiz, context) : undefined;
  const graded = (work: QuestionAttempt) =>
    context.finished || (quiz.behaviour === 'practice' && work.tries.length > 0);
  const navigator = context.order.map((questionId, index): NavigatorEntry => {
    const work = context.questions[questionId];
    const question = questionById(quiz, questionId);
    const result = results?.questions.find((r) => r.questionId === questionId);
    let status: NavigatorStatus = 'unanswered';
    if (result) status = result.status;
    else if (work && graded(work)) status = lastTryStatus(work);
    else if (work?.answer !== undefined)
      status = question && isQuestionComplete(question, work.answer) ? 'answered' : 'incomplete';
    return { questionId, index, status, current: index === context.current };
  });
  const shown = phase === 'intro' || phase === 'review' ? undefined : currentWork(quiz, context);
  let question: QuestionView | undefined;
  if (shown) {
    const { question: q, work } = shown;
    const practice = quiz.behaviour === 'practice';
    const showFeedback = context.finished || (phase === 'feedback' && work.score !== undefined);
    const status =
      results?.questions.find((r) => r.questionId === q.id)?.status ?? lastTryStatus(work);
    question = {
      question: q,
      index: context.current,
      count: context.order.length,
      choiceOrder: context.choiceOrder[q.id] ?? [],
      ...(work.answer !== undefined ? { answer: work.answer } : {}),
      ...(work.confidence !== undefined ? { confidence: work.confidence } : {}),
      hints: q.hints.slice(0, work.hintsUsed),
      canRequestHint: canRequestHint(quiz, context),
      tries: work.tries.length,
      triesLeft: practice ? Math.max(0, quiz.settings.tries - work.tries.length) : 0,
      canChangeAnswer: !work.closed && !context.finished,
      canSubmit: phase === 'answering' && submitProblem(quiz, context) === undefined,
      complete: isQuestionComplete(q, work.answer),
      ...(work.notice ? { notice: work.notice } : {}),
      ...(showFeedback ? { feedback: feedbackOf(q, work, work.closed, status) } : {}),
    };
  }
  return {
    phase,
    behaviour: quiz.behaviour,
    confidence: quiz.settings.confidence,
    attempt: context.attempt,
    ...(question ? { question } : {}),
    navigator,
    answered: navigator.filter(
      (entry) => entry.status !== 'unanswered' && entry.status !== 'incomplete',
    ).length,
    ...(results ? { results } : {}),
  };
}
