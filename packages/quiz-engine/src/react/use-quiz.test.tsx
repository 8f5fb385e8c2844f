import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { PRACTICE_YAML, sampleQuiz } from '../__fixtures__/sample-quizzes';
import { createQuizMachine } from '../machine/quiz-machine';
import type { Quiz } from '../quiz';
import { type UseQuizOptions, type UseQuizResult, useQuiz } from './use-quiz';

const quiz = sampleQuiz(PRACTICE_YAML);

let captured: UseQuizResult | undefined;

/** A bare component that prints what useQuiz gives it. */
function Probe({ quiz, options }: { quiz: Quiz; options?: UseQuizOptions }) {
  captured = useQuiz(quiz, options);
  const { view, restored } = captured;
  const score = view.results ? ` score ${view.results.score}` : '';
  const shown = view.question?.question.id ?? '-';
  return (
    <p>{`${view.phase} ${restored.outcome} attempt ${view.attempt} question ${shown}${score}`}</p>
  );
}

describe('useQuiz', () => {
  it('renders the intro of a fresh quiz on the server', () => {
    expect(renderToString(<Probe quiz={quiz} />)).toBe('<p>intro fresh attempt 1 question -</p>');
  });

  it('resumes a persisted attempt of the same version', () => {
    const actor = createActor(createQuizMachine(quiz), { input: {} }).start();
    actor.send({ type: 'quiz.start' });
    actor.send({ type: 'answer.change', answer: { optionId: 'a' } });
    actor.send({ type: 'answer.submit' });
    actor.send({ type: 'quiz.finish' });
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    expect(renderToString(<Probe quiz={quiz} options={{ persisted }} />)).toBe(
      '<p>finished resumed attempt 1 question one score 0.5</p>',
    );
  });

  it('sends quiz events to its actor and drops anything else', () => {
    renderToString(<Probe quiz={quiz} options={{ seed: 4 }} />);
    const result = captured;
    if (!result) throw new Error('the probe did not render');
    // Server rendering runs no effects, so the actor is started here as the browser would.
    result.actorRef.start();
    result.send({ type: 'quiz.start' });
    result.send(JSON.parse('{"type":"*"}'));
    expect(result.actorRef.getSnapshot().value).toEqual({ practice: 'answering' });
    expect(result.actorRef.getSnapshot().status).toBe('active');
    expect(result.actorRef.getSnapshot().context.seed).toBe(4);
    expect(result.getPersistedSnapshot()).toMatchObject({ value: { practice: 'answering' } });
    result.actorRef.stop();
  });

  it('starts again when the persisted data is unreadable', () => {
    expect(renderToString(<Probe quiz={quiz} options={{ persisted: { nonsense: true } }} />)).toBe(
      '<p>intro discarded attempt 1 question -</p>',
    );
  });
});
