import type { Quiz } from '@tmm/quiz-engine';
import { parseQuiz, type Reference, type Resolution } from '@tmm/quiz-engine/parser';
import type { SourceText } from '../statement-index';

/**
 * A made-up three-paragraph source standing in for the statement in this package's own tests
 * (the package knows no statement; the course-wide tests in `tests/` use the real one).
 */
const PARAGRAPHS: Readonly<Record<string, readonly string[]>> = {
  p1: ['Alpha opens the sample.', 'Beta follows alpha.', 'Gamma closes the first paragraph.'],
  p2: ['Delta starts again.', 'Epsilon supports the claim.', 'Zeta supports it too.'],
  p3: ['Theta is alone here.'],
};

const sentenceIds = (paragraph: string) =>
  (PARAGRAPHS[paragraph] ?? []).map((_, index) => `${paragraph}.s${index + 1}`);

function resolveSample(reference: Reference): Resolution {
  switch (reference.kind) {
    case 'keyPoint':
    case 'glossary':
      return { ok: true };
    case 'passage':
      return PARAGRAPHS[reference.paragraph]
        ? { ok: true, sentenceIds: sentenceIds(reference.paragraph) }
        : { ok: false, message: `unknown paragraph '${reference.paragraph}'` };
    case 'evidence': {
      const { paragraph, exact } = reference.anchor;
      const hits = (PARAGRAPHS[paragraph] ?? []).flatMap((text, index) =>
        text.includes(exact) ? [`${paragraph}.s${index + 1}`] : [],
      );
      return hits.length > 0
        ? { ok: true, sentenceIds: hits }
        : { ok: false, message: `'${exact}' does not occur in ${paragraph}` };
    }
  }
}

/** The sample source as an exporter sees it. */
export const sampleSource: SourceText = {
  locate: (anchor) => {
    const sentences = PARAGRAPHS[anchor.paragraph];
    if (!sentences) return undefined;
    const hits = sentences.flatMap((text, index) =>
      text.includes(anchor.exact) ? [index + 1] : [],
    );
    return hits.length > 0
      ? { paragraph: Number(anchor.paragraph.slice(1)), sentences: hits }
      : undefined;
  },
  sentence: (id) => {
    const [paragraph = '', n = ''] = id.split('.s');
    const text = PARAGRAPHS[paragraph]?.[Number(n) - 1];
    return text === undefined
      ? undefined
      : { text, place: { paragraph: Number(paragraph.slice(1)), sentences: [Number(n)] } };
  },
  paragraphId: (n) => (PARAGRAPHS[`p${n}`] ? `p${n}` : undefined),
};

/** Parses a quiz against the sample source, failing loudly on an error in the fixture. */
export function sampleQuiz(yaml: string): Quiz {
  const result = parseQuiz(yaml, { fileName: 'sample.quiz.yaml', resolve: resolveSample });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.quiz;
}

/** A quiz with a question of every type, with special characters GIFT and XML must escape. */
export const EVERY_TYPE_YAML = `id: every-type
title: "Every type: 1+1=2 & <more>"
description: A quiz with *every* type.
questions:
  - id: single
    type: single-choice
    prompt: "Which letter opens the sample? {Braces}, a ~tilde, a #hash and a colon: here."
    options:
      - { id: a, text: Alpha, correct: true, feedback: "Yes: it opens." }
      - { id: b, text: Beta = second, feedback: No. }
    hints: [Read the first sentence.]
    feedback: { correct: Right., incorrect: Not quite. }
    explanation: The first sentence says so.
    evidence: [{ paragraph: p1, exact: Alpha opens }]
    keyPoints: [kp-alpha]
    glossary: [term-delta]
  - id: multi
    type: multiple-select
    prompt: Which sentences support the claim?
    points: 2
    options:
      - { id: e, text: Epsilon, correct: true }
      - { id: z, text: Zeta, correct: true, feedback: Also. }
      - { id: d, text: Delta }
    evidence: [{ paragraph: p2, exact: supports }]
  - id: tf
    type: true-false
    prompt: Theta is alone.
    answer: true
    feedback: { correct: Indeed., incorrect: Read p3. }
    evidence: [{ paragraph: p3, exact: Theta }]
  - id: blank
    type: fill-in-the-blank
    prompt: Complete the sentence.
    text: "{{first}} opens the sample."
    blanks:
      - { id: first, accept: [Alpha, "The alpha"], feedback: Look at sentence 1. }
    evidence: [{ paragraph: p1, exact: Alpha }]
  - id: blanks
    type: fill-in-the-blank
    prompt: Complete both.
    text: "{{x}} follows {{y}}."
    blanks:
      - { id: x, accept: [Beta] }
      - { id: y, accept: [alpha], caseSensitive: true }
  - id: order
    type: ordering
    prompt: Put them in order.
    items:
      - { id: a, text: Alpha }
      - { id: b, text: Beta }
      - { id: c, text: Gamma }
  - id: match
    type: matching
    prompt: Match each letter to its paragraph.
    pairs:
      - { id: a, left: Alpha, right: First, feedback: See p1. }
      - { id: d, left: Delta, right: Second }
    distractors:
      - { id: t, text: Third }
  - id: pick
    type: select-evidence
    prompt: Which sentences support the claim?
    passage: [p2]
    evidence: [{ paragraph: p2, exact: supports }]
`;
