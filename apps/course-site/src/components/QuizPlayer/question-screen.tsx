import type { Quiz, QuizEvent } from '@tmm/quiz-engine';
import type { QuestionView, QuizView } from '@tmm/quiz-engine/react';
import { type FormEvent, type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { focusInView } from '../../lib/focus-in-view';
import ConfidencePicker from './confidence-picker';
import FeedbackPanel from './feedback-panel';
import { useFinishConfirmation } from './finish-confirmation';
import HintLadder from './hint-ladder';
import QuestionInput from './question-input';
import QuestionNavigator from './question-navigator';
import styles from './styles.module.css';

interface QuestionScreenProps {
  readonly quiz: Quiz;
  readonly view: QuizView;
  readonly question: QuestionView;
  readonly send: (event: QuizEvent) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly idBase: string;
}

/**
 * One question: its input, confidence and hints, Check (practice), feedback in a polite live
 * region, and the way on: Next after feedback in practice, free navigation and Finish in a test,
 * Previous/Next/Back to results in review. Every action is an engine event; what is shown,
 * the review of a finished attempt included, is the engine's view.
 */
export default function QuestionScreen({
  quiz,
  view,
  question,
  send,
  headingRef,
  idBase,
}: QuestionScreenProps): ReactNode {
  const { finishButtonProps, confirmation } = useFinishConfirmation(view, send);
  const practice = view.behaviour === 'practice';
  // The attempt is finished and the learner is reviewing it, question by question.
  const reviewing = view.phase === 'reviewing';
  const open = question.canChangeAnswer && !reviewing;
  const checkable = view.phase === 'answering' && open;
  const last = question.index === question.count - 1;
  const inputId = `${idBase}-${question.question.id}`;
  const marks = new Map((question.feedback?.parts ?? []).map((part) => [part.id, part.status]));

  const check = (event: FormEvent) => {
    event.preventDefault();
    // An ordering left as shown is answered by the order shown: the machine's to say.
    if (practice && checkable) send({ type: 'answer.submit' });
  };

  // After each check, focus goes to the feedback, shown with the way on below it: on a phone
  // both would otherwise sit below the fold, and focus on the Check button that no longer acts.
  const feedbackRef = useRef<HTMLDivElement>(null);
  const wayOnRef = useRef<HTMLParagraphElement>(null);
  const checked = useRef({ id: question.question.id, tries: question.tries });
  useEffect(() => {
    const before = checked.current;
    checked.current = { id: question.question.id, tries: question.tries };
    if (before.id === question.question.id && question.tries > before.tries) {
      focusInView(feedbackRef.current, wayOnRef.current);
    }
  }, [question.question.id, question.tries]);

  return (
    // A form, so that Enter in a blank checks the answer as the Check button does.
    <form className={styles.screen} data-question={question.question.id} onSubmit={check}>
      <h4 ref={headingRef} tabIndex={-1} className={styles.screenHeading}>
        Question {question.index + 1} of {question.count}
        {reviewing && <span className={styles.headingNote}>: review</span>}
      </h4>
      <QuestionInput
        question={question.question}
        answer={question.answer}
        choiceOrder={question.choiceOrder}
        disabled={!open}
        marks={marks}
        final={question.feedback?.final ?? false}
        idBase={inputId}
        onChange={(answer) => send({ type: 'answer.change', answer })}
      />
      {view.confidence && (
        <ConfidencePicker
          value={question.confidence}
          disabled={!open}
          idBase={inputId}
          onChange={(level) => send({ type: 'confidence.set', level })}
        />
      )}
      <HintLadder
        shown={question.hints}
        total={quiz.settings.hints ? question.question.hints.length : 0}
        canRequest={question.canRequestHint && !reviewing}
        open={open}
        cost={quiz.settings.hintCost}
        onRequest={() => send({ type: 'hint.request' })}
      />
      {/* A settled question has nothing to check: no button left where focus could be stranded. */}
      {practice && open && (
        <p className={styles.actions}>
          <button
            type="submit"
            className={checkable ? 'button button--primary' : 'button button--secondary'}
            aria-disabled={!checkable}
          >
            Check answer
          </button>
          {view.phase === 'feedback' && open && (
            <span className={styles.actionNote}>Change your answer to check it again.</span>
          )}
        </p>
      )}
      <div aria-live="polite" className={styles.live}>
        {question.notice && !reviewing && <p className={styles.notice}>{question.notice}</p>}
        {question.feedback && (
          <div ref={feedbackRef} tabIndex={-1}>
            <FeedbackPanel
              feedback={question.feedback}
              triesLeft={question.triesLeft}
              penaltyPerTry={quiz.settings.penaltyPerTry}
              quizId={quiz.id}
            />
          </div>
        )}
      </div>
      {reviewing ? (
        <p className={styles.actions}>
          {question.index > 0 && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => send({ type: 'question.previous' })}
            >
              Previous question
            </button>
          )}
          {!last && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => send({ type: 'question.next' })}
            >
              Next question
            </button>
          )}
          <button
            type="button"
            className="button button--primary"
            onClick={() => send({ type: 'results.show' })}
          >
            Back to results
          </button>
        </p>
      ) : practice ? (
        question.tries > 0 && (
          <p ref={wayOnRef} className={styles.actions}>
            {last ? (
              <button
                type="button"
                className="button button--primary"
                onClick={() => send({ type: 'quiz.finish' })}
              >
                See your results
              </button>
            ) : (
              <button
                type="button"
                className="button button--primary"
                onClick={() => send({ type: 'question.next' })}
              >
                Next question
              </button>
            )}
          </p>
        )
      ) : (
        <>
          <p className={styles.actions}>
            {question.index > 0 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => send({ type: 'question.previous' })}
              >
                Previous question
              </button>
            )}
            <button
              type="button"
              className="button button--primary"
              onClick={() => send({ type: 'question.next' })}
            >
              {last ? 'Review your answers' : 'Next question'}
            </button>
          </p>
          <QuestionNavigator
            entries={view.navigator}
            label="Questions of this test"
            onGo={(index) => send({ type: 'question.go', index })}
          />
          <p className={styles.actions}>
            <button {...finishButtonProps} className="button button--secondary">
              Finish the attempt
            </button>
          </p>
          {confirmation}
        </>
      )}
    </form>
  );
}
