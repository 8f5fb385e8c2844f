import Link from '@docusaurus/Link';
import { InlineMarkdown } from '@tmm/quiz-engine/react';
import { getParagraph, getSentence, isSentenceId, paragraphOf } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import { readerHref } from '../../../lib/sentence-places';
import type { InputProps } from '../input-props';
import PartMark from '../part-mark';
import styles from '../styles.module.css';
import type { QuestionTypeView } from './question-type-view';

const EVIDENCE_WORDS = {
  correct: 'Evidence: right pick',
  incorrect: 'Not evidence for this claim',
  missed: 'Evidence you did not pick',
};

/** The question's sentences grouped by paragraph, in reading order. */
function passageOf(sentenceIds: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const id of sentenceIds) {
    if (!isSentenceId(id)) continue;
    const paragraph = paragraphOf(id);
    groups.set(paragraph, [...(groups.get(paragraph) ?? []), id]);
  }
  return [...groups];
}

/**
 * A select-the-evidence question: the passage's sentences, word for word from the statement,
 * each a toggle button (`aria-pressed`) that picks it as evidence.
 */
function SelectEvidence({
  question,
  answer,
  disabled,
  marks,
  onChange,
}: InputProps<'select-evidence'>): ReactNode {
  const picked = new Set(answer?.sentenceIds ?? []);
  const toggle = (sentenceId: string) => {
    const next = new Set(picked);
    if (next.has(sentenceId)) next.delete(sentenceId);
    else next.add(sentenceId);
    onChange({ sentenceIds: question.sentenceIds.filter((id) => next.has(id)) });
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.prompt}>
        <InlineMarkdown text={question.prompt} />
      </legend>
      <p className={styles.instructions}>
        Select every sentence that supports the claim; select a sentence again to unpick it.
      </p>
      {passageOf(question.sentenceIds).map(([paragraphId, sentenceIds]) => (
        <fieldset key={paragraphId} className={styles.passage}>
          <legend className={styles.passageLabel}>
            Paragraph {getParagraph(paragraphId)?.number}
          </legend>
          <ul className={styles.sentences}>
            {sentenceIds.map((sentenceId) => (
              <li key={sentenceId} className={styles.sentenceItem}>
                <button
                  type="button"
                  className={styles.sentence}
                  aria-pressed={picked.has(sentenceId)}
                  disabled={disabled}
                  data-sentence={sentenceId}
                  onClick={() => toggle(sentenceId)}
                >
                  <span className={styles.tick} aria-hidden="true">
                    {picked.has(sentenceId) ? '✓' : ''}
                  </span>
                  <span data-sentence-text="">{getSentence(sentenceId)?.text}</span>
                </button>
                <PartMark status={marks.get(sentenceId)} words={EVIDENCE_WORDS} />
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </fieldset>
  );
}

/** Select the evidence: a toggle button per sentence; its key lists the evidence sentences. */
export const selectEvidence: QuestionTypeView<'select-evidence'> = {
  label: 'Select the evidence',
  Input: SelectEvidence,
  AnswerKey: ({ question }) => (
    <>
      <p>Passage: {question.passage.join(', ')}. The right picks:</p>
      <ul>
        {question.evidenceSentenceIds.map((id) => (
          <li key={id}>
            <Link to={readerHref(isSentenceId(id) ? [id] : [])}>{id}</Link>: {getSentence(id)?.text}
          </li>
        ))}
      </ul>
    </>
  ),
};
