import { parseQuiz } from '../parser/parse-quiz';
import type { Quiz } from '../quiz';
import { resolveSample } from './sample-source';

/** A practice quiz with one question of every type, over the sample source. */
export const EVERY_TYPE_YAML = `id: every-type
title: Every question type
description: One question of *each* type.
behaviour: practice
settings:
  tries: 3
  penaltyPerTry: 0.25
  hintCost: 0.1
  shuffleOptions: true
  passMark: 0.6
questions:
  - id: single
    type: single-choice
    prompt: Which letter opens the sample?
    keyPoints: [kp-alpha]
    hints: [It is the first Greek letter., It starts with A.]
    evidence:
      - { paragraph: p1, exact: Alpha opens }
    options:
      - { id: a, text: Alpha, correct: true, feedback: Yes. }
      - { id: b, text: Beta, feedback: Beta comes second. }
      - { id: c, text: Gamma }
    feedback: { correct: Right., incorrect: Look at the first sentence. }
    explanation: The first sentence names alpha.
  - id: multiple
    type: multiple-select
    prompt: Which sentences support the claim?
    keyPoints: [kp-beta]
    options:
      - { id: e, text: Epsilon, correct: true }
      - { id: z, text: Zeta, correct: true }
      - { id: h, text: Eta }
      - { id: d, text: Delta }
  - id: judge
    type: true-false
    prompt: Theta is alone in the third paragraph.
    answer: true
    keyPoints: [kp-alpha, kp-gamma]
  - id: blanks
    type: fill-in-the-blank
    prompt: Complete the sentence.
    text: "{{first}} opens the sample and {{second}} follows it."
    blanks:
      - { id: first, accept: [Alpha] }
      - { id: second, accept: [Beta, "β"] }
    keyPoints: [kp-beta]
  - id: order
    type: ordering
    prompt: Put the letters in the order of the first paragraph.
    items:
      - { id: alpha, text: Alpha }
      - { id: beta, text: Beta }
      - { id: gamma, text: Gamma }
    keyPoints: [kp-gamma]
  - id: match
    type: matching
    prompt: Match each letter to its paragraph.
    pairs:
      - { id: m-alpha, left: Alpha, right: First }
      - { id: m-delta, left: Delta, right: Second }
      - { id: m-theta, left: Theta, right: Third }
    distractors:
      - { id: fourth, text: Fourth }
    glossary: [term-delta]
    keyPoints: [kp-gamma]
  - id: evidence
    type: select-evidence
    prompt: Pick the sentences that support the claim.
    passage: [p2]
    evidence:
      - { paragraph: p2, exact: Epsilon supports }
      - { paragraph: p2, exact: Zeta supports }
    keyPoints: [kp-beta]
`;

/** A small practice quiz for model-based tests: two questions, two tries, hints. */
export const PRACTICE_YAML = `id: small-practice
title: Small practice quiz
behaviour: practice
settings: { tries: 2, penaltyPerTry: 0.5, hints: true, hintCost: 0.25 }
questions:
  - id: one
    type: single-choice
    prompt: Pick alpha.
    hints: [It is the first.]
    keyPoints: [kp-alpha]
    options:
      - { id: a, text: Alpha, correct: true }
      - { id: b, text: Beta }
  - id: two
    type: multiple-select
    prompt: Pick epsilon and zeta.
    keyPoints: [kp-beta]
    options:
      - { id: e, text: Epsilon, correct: true }
      - { id: z, text: Zeta, correct: true }
      - { id: h, text: Eta }
`;

/** A small test quiz for model-based tests: deferred feedback, confidence rating on. */
export const TEST_YAML = `id: small-test
title: Small test
behaviour: test
settings: { confidence: true, hints: true, hintCost: 0.5 }
questions:
  - id: one
    type: true-false
    prompt: Alpha opens the sample.
    answer: true
    hints: [Read the first sentence.]
    keyPoints: [kp-alpha]
  - id: two
    type: fill-in-the-blank
    prompt: Complete.
    text: "{{x}} follows alpha."
    blanks: [{ id: x, accept: [Beta] }]
    keyPoints: [kp-alpha, kp-beta]
`;

/** Parses a sample quiz, failing loudly if the sample itself is wrong. */
export function sampleQuiz(yaml: string): Quiz {
  const result = parseQuiz(yaml, { fileName: 'sample.yaml', resolve: resolveSample });
  if (!result.ok)
    throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return result.quiz;
}
