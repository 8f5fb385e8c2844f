import type { QuestionOf } from '@tmm/quiz-engine';
import { InlineMarkdown } from '@tmm/quiz-engine/react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type InputProps, inDisplayOrder } from '../input-props';
import PartMark from '../part-mark';
import { plainText } from '../plain-text';
import styles from '../styles.module.css';
import type { QuestionTypeView } from './question-type-view';

type Direction = 'up' | 'down';

const ORDER_WORDS = { correct: 'In order', incorrect: 'Out of order', missed: 'Missed' };

/** The items in the right order: shown once the question is closed, and as the answer key. */
function RightOrder({ question }: { readonly question: QuestionOf<'ordering'> }): ReactNode {
  return (
    <ol>
      {question.items.map((item) => (
        <li key={item.id}>
          <InlineMarkdown text={item.text} />
        </li>
      ))}
    </ol>
  );
}

/**
 * An ordering question: a numbered list with Move up and Move down buttons on every item, so
 * that it needs no dragging. The moved item keeps focus and its new place is announced.
 */
function Ordering({
  question,
  answer,
  choiceOrder,
  disabled,
  marks,
  final,
  idBase,
  onChange,
}: InputProps<'ordering'>): ReactNode {
  const items = inDisplayOrder(question.items, answer?.order ?? choiceOrder);
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState<{ id: string; direction: Direction } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (moved === null) return;
    const other = moved.direction === 'up' ? 'down' : 'up';
    const same = buttons.current.get(`${moved.id}-${moved.direction}`);
    // At the top or bottom the button just used is disabled: its twin takes focus instead.
    (same && !same.disabled ? same : buttons.current.get(`${moved.id}-${other}`))?.focus();
  }, [moved]);

  const move = (index: number, direction: Direction) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const item = items[index];
    if (item === undefined || target < 0 || target >= items.length) return;
    const order = items.map((entry) => entry.id);
    order.splice(index, 1);
    order.splice(target, 0, item.id);
    onChange({ order });
    setMoved({ id: item.id, direction });
    setAnnouncement(`${plainText(item.text)}: moved to position ${target + 1} of ${items.length}.`);
  };

  const register = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.prompt}>
        <InlineMarkdown text={question.prompt} />
      </legend>
      <p className={styles.instructions} id={`${idBase}-how`}>
        Put the items in order, first at the top, with the Move up and Move down buttons.
      </p>
      <ol className={styles.orderList} aria-describedby={`${idBase}-how`}>
        {items.map((item, index) => {
          const name = plainText(item.text);
          return (
            <li key={item.id} className={styles.orderItem} data-item={item.id}>
              <span className={styles.orderText}>
                <InlineMarkdown text={item.text} />{' '}
                <PartMark status={marks.get(item.id)} words={ORDER_WORDS} />
              </span>
              <span className={styles.moveButtons}>
                <button
                  type="button"
                  ref={register(`${item.id}-up`)}
                  className="button button--secondary button--sm"
                  disabled={disabled || index === 0}
                  onClick={() => move(index, 'up')}
                >
                  <span aria-hidden="true">↑ </span>Move up<span className="sr-only">: {name}</span>
                </button>
                <button
                  type="button"
                  ref={register(`${item.id}-down`)}
                  className="button button--secondary button--sm"
                  disabled={disabled || index === items.length - 1}
                  onClick={() => move(index, 'down')}
                >
                  <span aria-hidden="true">↓ </span>Move down
                  <span className="sr-only">: {name}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {answer === undefined && !disabled && (
        <p className={styles.actions}>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => {
              onChange({ order: items.map((item) => item.id) });
              setAnnouncement('The order shown is now your answer.');
              // The button goes away: focus moves to the list it was about.
              const first = items[0];
              if (first) setMoved({ id: first.id, direction: 'down' });
            }}
          >
            Keep this order as my answer
          </button>
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {final &&
        (marks.size === 0 || [...marks.values()].some((status) => status !== 'correct')) && (
          <div className={styles.rightAnswer}>
            <p className={styles.rightAnswerHeading}>The right order:</p>
            <RightOrder question={question} />
          </div>
        )}
    </fieldset>
  );
}

/** Ordering: Move up and Move down buttons, no dragging; its key is the right order. */
export const ordering: QuestionTypeView<'ordering'> = {
  label: 'Ordering',
  Input: Ordering,
  AnswerKey: RightOrder,
};
