import { blankSegments } from '@tmm/quiz-engine';
import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import type { InputProps } from '../input-props';
import PartMark from '../part-mark';
import styles from '../styles.module.css';
import type { QuestionTypeView } from './question-type-view';

/** A fill-in-the-blank question: the text with a labelled input at each blank. */
function FillInTheBlank({
  question,
  answer,
  disabled,
  marks,
  final,
  idBase,
  onChange,
}: InputProps<'fill-in-the-blank'>): ReactNode {
  const segments = blankSegments(question.text);
  const placed = segments.flatMap((segment) => (segment.type === 'blank' ? [segment.id] : []));
  const typed = answer?.blanks ?? {};
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.prompt}>
        <InlineMarkdown text={question.prompt} />
      </legend>
      <p className={styles.blankText}>
        {segments.map((segment, index) => {
          // Segments never reorder: the index is a stable key.
          const key = `${index}-${segment.type}`;
          if (segment.type === 'text') return <InlineMarkdown key={key} text={segment.text} />;
          const blank = question.blanks.find((candidate) => candidate.id === segment.id);
          const id = `${idBase}-${segment.id}`;
          const status = marks.get(segment.id);
          const longest = Math.max(...(blank?.accept ?? ['']).map((text) => text.length));
          return (
            <span key={key} className={styles.blank}>
              <label className="sr-only" htmlFor={id}>
                Blank {placed.indexOf(segment.id) + 1} of {placed.length}
              </label>
              <input
                type="text"
                id={id}
                className={styles.blankInput}
                size={Math.min(28, Math.max(8, longest + 2))}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                value={typed[segment.id] ?? ''}
                disabled={disabled}
                onChange={(event) =>
                  onChange({ blanks: { ...typed, [segment.id]: event.target.value } })
                }
              />
              <PartMark status={status} />
              {final && status !== 'correct' && blank?.accept[0] !== undefined && (
                <span className={styles.rightAnswer}>Right answer: {blank.accept[0]}</span>
              )}
            </span>
          );
        })}
      </p>
    </fieldset>
  );
}

/** Fill in the blank: a labelled input per blank; its key lists what each blank accepts. */
export const fillInTheBlank: QuestionTypeView<'fill-in-the-blank'> = {
  label: 'Fill in the blank',
  Input: FillInTheBlank,
  AnswerKey: ({ question }) => (
    <>
      <p>
        <InlineMarkdown text={question.text} />
      </p>
      <ul>
        {question.blanks.map((blank) => (
          <li key={blank.id}>
            <code>{`{{${blank.id}}}`}</code> accepts{' '}
            {blank.accept.map((accepted) => `“${accepted}”`).join(', ')}
            {blank.caseSensitive && ' (letter case counts)'}
            {blank.feedback && (
              <div className={styles.keyNote}>
                Feedback: <InlineMarkdown text={blank.feedback} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  ),
};
