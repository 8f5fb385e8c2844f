import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import type { InputProps } from '../input-props';
import PartMark from '../part-mark';
import { plainText } from '../plain-text';
import styles from '../styles.module.css';
import type { QuestionTypeView } from './question-type-view';

/** A matching question: a labelled drop-down of right-hand choices for each prompt; no dragging. */
function Matching({
  question,
  answer,
  choiceOrder,
  disabled,
  marks,
  final,
  idBase,
  onChange,
}: InputProps<'matching'>): ReactNode {
  const texts = new Map([
    ...question.pairs.map((pair) => [pair.id, pair.right] as const),
    ...question.distractors.map((distractor) => [distractor.id, distractor.text] as const),
  ]);
  const order = choiceOrder.length > 0 ? choiceOrder : [...texts.keys()];
  // Lettered, so that a choice cut short in a narrow drop-down is still known by its letter.
  const letter = (index: number) => String.fromCharCode(65 + index);
  const chosen = answer?.pairs ?? {};
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.prompt}>
        <InlineMarkdown text={question.prompt} />
      </legend>
      <p className={styles.instructions} id={`${idBase}-choices`}>
        The choices:
      </p>
      <ol type="A" className={styles.matchChoices} aria-labelledby={`${idBase}-choices`}>
        {order.map((choiceId) => (
          <li key={choiceId}>
            <InlineMarkdown text={texts.get(choiceId) ?? ''} />
          </li>
        ))}
      </ol>
      <ul className={styles.matchList}>
        {question.pairs.map((pair) => {
          const id = `${idBase}-${pair.id}`;
          const status = marks.get(pair.id);
          return (
            <li key={pair.id} className={styles.matchItem}>
              <label htmlFor={id} className={styles.matchLeft}>
                <InlineMarkdown text={pair.left} />
              </label>
              <select
                id={id}
                className={styles.matchSelect}
                value={chosen[pair.id] ?? ''}
                disabled={disabled}
                onChange={(event) =>
                  onChange({ pairs: { ...chosen, [pair.id]: event.target.value } })
                }
              >
                <option value="">Choose a match</option>
                {order.map((choiceId, index) => (
                  <option key={choiceId} value={choiceId}>
                    {letter(index)}. {plainText(texts.get(choiceId) ?? '')}
                  </option>
                ))}
              </select>
              <PartMark status={status} />
              {final && status !== 'correct' && (
                <span className={styles.rightAnswer}>Right match: {plainText(pair.right)}</span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Matching: a drop-down of choices per prompt; its key pairs each prompt with its match. */
export const matching: QuestionTypeView<'matching'> = {
  label: 'Matching',
  Input: Matching,
  AnswerKey: ({ question }) => (
    <ul>
      {question.pairs.map((pair) => (
        <li key={pair.id}>
          <InlineMarkdown text={pair.left} /> → <InlineMarkdown text={pair.right} />
          {pair.feedback && (
            <div className={styles.keyNote}>
              Feedback: <InlineMarkdown text={pair.feedback} />
            </div>
          )}
        </li>
      ))}
      {question.distractors.map((distractor) => (
        <li key={distractor.id}>
          Matches nothing: <InlineMarkdown text={distractor.text} />
        </li>
      ))}
    </ul>
  ),
};
