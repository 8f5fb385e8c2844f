import type { Reference, Resolution } from '../parser/references';

/**
 * A made-up three-paragraph source standing in for course content in the engine's own tests
 * (the engine knows no statement). Sentence ids follow the course's `p2.s1` form.
 */
const PARAGRAPHS: Readonly<Record<string, readonly string[]>> = {
  p1: ['Alpha opens the sample.', 'Beta follows alpha.', 'Gamma closes the first paragraph.'],
  p2: [
    'Delta starts again.',
    'Epsilon supports the claim.',
    'Zeta supports it too.',
    'Eta is unrelated.',
  ],
  p3: ['Theta is alone here.'],
};

const KEY_POINTS = new Set(['kp-alpha', 'kp-beta', 'kp-gamma']);
const GLOSSARY = new Set(['term-delta', 'term-epsilon']);

const sentenceIds = (paragraph: string) =>
  (PARAGRAPHS[paragraph] ?? []).map((_, index) => `${paragraph}.s${index + 1}`);

/** Resolves references against the sample source, with messages like the course resolver's. */
export function resolveSample(reference: Reference): Resolution {
  switch (reference.kind) {
    case 'keyPoint':
      return KEY_POINTS.has(reference.id)
        ? { ok: true }
        : { ok: false, message: `unknown key point '${reference.id}'` };
    case 'glossary':
      return GLOSSARY.has(reference.id)
        ? { ok: true }
        : { ok: false, message: `unknown glossary term '${reference.id}'` };
    case 'passage':
      return PARAGRAPHS[reference.paragraph]
        ? { ok: true, sentenceIds: sentenceIds(reference.paragraph) }
        : { ok: false, message: `unknown paragraph '${reference.paragraph}'` };
    case 'evidence': {
      const { paragraph, exact } = reference.anchor;
      const sentences = PARAGRAPHS[paragraph];
      if (!sentences) return { ok: false, message: `unknown paragraph '${paragraph}'` };
      const hits = sentences.flatMap((text, index) =>
        text.includes(exact) ? [`${paragraph}.s${index + 1}`] : [],
      );
      return hits.length > 0
        ? { ok: true, sentenceIds: hits }
        : { ok: false, message: `'${exact}' does not occur in paragraph ${paragraph}` };
    }
  }
}
