import { type AdjacencyValue, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  type AnyStateNode,
  type AnyTransitionDefinition,
  createActor,
  type Snapshot,
} from 'xstate';
import { invariantViolations } from '../__fixtures__/machine-invariants';
import { PRACTICE_YAML, sampleQuiz, TEST_YAML } from '../__fixtures__/sample-quizzes';
import type { Answer } from '../answer';
import type { Question } from '../question';
import type { Quiz } from '../quiz';
import { questionById } from './attempt-rules';
import type { QuizEvent } from './quiz-events';
import { createQuizMachine, type QuizSnapshot } from './quiz-machine';

/** A right and a wrong answer (and for blanks an incomplete one) to each sample question. */
function candidateAnswers(question: Question): Answer[] {
  switch (question.type) {
    case 'single-choice':
      return [{ optionId: 'a' }, { optionId: 'b' }];
    case 'multiple-select':
      return [{ optionIds: ['e', 'z'] }, { optionIds: ['h'] }];
    case 'true-false':
      return [{ value: true }, { value: false }];
    case 'fill-in-the-blank':
      return [{ blanks: { x: 'Beta' } }, { blanks: { x: 'Gamma' } }, { blanks: {} }];
    default:
      return [];
  }
}

/** The events tried in each snapshot: the model's alphabet. */
function eventsFor(quiz: Quiz) {
  return (snapshot: QuizSnapshot): QuizEvent[] => {
    const question = questionById(quiz, snapshot.context.order[snapshot.context.current]);
    return [
      { type: 'quiz.start' },
      ...(question ? candidateAnswers(question) : []).map(
        (answer): QuizEvent => ({ type: 'answer.change', answer }),
      ),
      { type: 'answer.submit' },
      { type: 'hint.request' },
      { type: 'confidence.set', level: 1 },
      { type: 'confidence.set', level: 3 },
      { type: 'question.next' },
      { type: 'question.previous' },
      { type: 'question.go', index: 0 },
      { type: 'quiz.finish' },
      { type: 'results.show' },
      { type: 'quiz.restart' },
    ];
  };
}

/** The model's state: what matters to the learner, not the seed or the log. */
function serializeState(snapshot: QuizSnapshot): string {
  const { current, finished, questions } = snapshot.context;
  const work = Object.entries(questions).map(([id, w]) => [
    id,
    JSON.stringify(w.answer ?? null),
    w.pending,
    w.tries.join('/'),
    w.hintsUsed,
    w.confidence ?? 0,
    w.closed,
    w.notice ?? '',
  ]);
  return JSON.stringify([snapshot.value, current, finished, work]);
}

/** A transition's identity across machine instances: source state, event and its place. */
function transitionKey(transition: AnyTransitionDefinition): string {
  const source: AnyStateNode = transition.source;
  const index = source.transitions.get(transition.eventType)?.indexOf(transition) ?? -1;
  return `${source.id} ${transition.eventType} #${index}`;
}

/** Every transition the machine defines, by key. */
function allTransitions(node: AnyStateNode): string[] {
  const own = [...node.transitions.values()].flat().map(transitionKey);
  return [...own, ...Object.values(node.states).flatMap((child) => allTransitions(child))];
}

const covered = new Set<string>();

// A ceiling against hangs, not a measure: each walk takes seconds alone, but several minutes
// on a shared machine busy with builds.
const WALK_CEILING = { timeout: 240_000 };

/**
 * Generates the model's graph with @xstate/graph, then drives real actors along it: the
 * shortest path to every state, and from each state every event of the alphabet (so every
 * edge of the graph is walked), checking the invariants after every step.
 */
function walk(quiz: Quiz) {
  const machine = createQuizMachine(quiz);
  const options = { input: { seed: 11 }, events: eventsFor(quiz), serializeState };
  const paths = getShortestPaths(machine, options);
  const adjacency = new Map<string, AdjacencyValue<QuizSnapshot, QuizEvent>>(
    Object.entries(getAdjacencyMap(machine, options)),
  );
  const violations: string[] = [];
  const states = new Set<string>();
  const inspect = (event: { type: string; _transitions?: AnyTransitionDefinition[] }) => {
    if (event.type === '@xstate.microstep')
      for (const transition of event._transitions ?? []) covered.add(transitionKey(transition));
  };
  let edges = 0;
  for (const path of paths) {
    // Along the path to the state.
    const actor = createActor(machine, { input: { seed: 11 }, inspect }).start();
    let before: QuizSnapshot | undefined;
    for (const step of path.steps) {
      // The first step of a path is the machine's own start, not an event to send.
      const initial = (step.event as { type: string }).type === 'xstate.init';
      if (!initial) actor.send(step.event);
      const after = actor.getSnapshot();
      if (serializeState(after) !== serializeState(step.state))
        violations.push(`the actor left the model's path at ${step.event.type}`);
      violations.push(...invariantViolations(quiz, before, step.event.type, after));
      states.add(JSON.stringify(after.value));
      before = after;
    }
    // Then every edge out of it, each from a copy of the state reached.
    const reached: Snapshot<unknown> = actor.getPersistedSnapshot();
    actor.stop();
    const from = actor.getSnapshot();
    for (const { event } of Object.values(adjacency.get(serializeState(from))?.transitions ?? {})) {
      const branch = createActor(machine, {
        snapshot: reached,
        input: { seed: 11 },
        inspect,
      }).start();
      branch.send(event);
      violations.push(...invariantViolations(quiz, from, event.type, branch.getSnapshot()));
      branch.stop();
      edges++;
    }
  }
  console.info(`${quiz.id}: ${paths.length} paths, ${edges} edges walked`);
  return { paths: paths.length, edges, states, violations };
}

describe('model-based paths through the quiz machine', () => {
  it(
    'reach every state and edge of a practice quiz, invariants held throughout',
    WALK_CEILING,
    () => {
      const { paths, edges, states, violations } = walk(sampleQuiz(PRACTICE_YAML));
      expect(violations).toEqual([]);
      expect(paths).toBeGreaterThan(100);
      expect(edges).toBeGreaterThan(paths);
      expect([...states].sort()).toEqual(
        [
          '"intro"',
          '{"practice":"answering"}',
          '{"practice":"feedback"}',
          '{"finished":"results"}',
          '{"finished":"reviewing"}',
        ].sort(),
      );
    },
  );

  it(
    'reach every state and edge of a one-question practice pool with confidence',
    WALK_CEILING,
    () => {
      const quiz = sampleQuiz(
        PRACTICE_YAML.replace(
          'hintCost: 0.25 }',
          'hintCost: 0.25, confidence: true, pool: { draw: 1 } }',
        ),
      );
      const { paths, states, violations } = walk(quiz);
      expect(violations).toEqual([]);
      expect(paths).toBeGreaterThan(20);
      expect(states.size).toBe(5);
    },
  );

  it(
    'reach every state and edge of a test quiz with confidence, invariants held throughout',
    WALK_CEILING,
    () => {
      const { paths, edges, states, violations } = walk(sampleQuiz(TEST_YAML));
      expect(violations).toEqual([]);
      expect(paths).toBeGreaterThan(100);
      expect(edges).toBeGreaterThan(paths);
      expect([...states].sort()).toEqual(
        [
          '"intro"',
          '{"test":"navigating"}',
          '{"test":"review"}',
          '{"finished":"results"}',
          '{"finished":"reviewing"}',
        ].sort(),
      );
    },
  );

  it('take every transition the machine defines, across the three quizzes', () => {
    const defined = allTransitions(createQuizMachine(sampleQuiz(PRACTICE_YAML)).root);
    expect(defined.length).toBeGreaterThan(20);
    expect(defined.filter((key) => !covered.has(key))).toEqual([]);
  });
});
