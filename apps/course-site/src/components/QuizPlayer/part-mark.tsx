import type { PartStatus } from '@tmm/quiz-engine';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** Words for each judgement of a part of an answer; never colour alone. */
export interface PartMarkWords {
  readonly correct: string;
  readonly incorrect: string;
  readonly missed: string;
}

const CHOICE_WORDS: PartMarkWords = {
  correct: 'Correct',
  incorrect: 'Incorrect',
  missed: 'Missed: this one is right',
};

const SYMBOLS: Record<PartStatus, string> = { correct: '✓', incorrect: '✗', missed: '!' };

/** How one option, blank, item, pair or sentence was judged, in words and a symbol. */
export default function PartMark({
  status,
  words = CHOICE_WORDS,
}: {
  readonly status: PartStatus | undefined;
  readonly words?: PartMarkWords;
}): ReactNode {
  if (status === undefined) return null;
  return (
    <span className={clsx(styles.mark, styles[status])}>
      <span aria-hidden="true">{SYMBOLS[status]}</span> {words[status]}
    </span>
  );
}
