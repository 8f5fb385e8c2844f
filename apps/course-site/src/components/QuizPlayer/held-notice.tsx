import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** What the player says when it held a save because the quiz moved on in another tab. */
export const HELD_SAVE_WORDS =
  'This quiz moved on in another tab, so this tab’s answers are not being saved. Continue from the newer state, or keep this tab’s answers (the other tab’s are set aside, backed up).';

interface HeldNoticeProps {
  readonly onTakeNewer: () => void;
  readonly onKeepThisTab: () => void;
}

/**
 * The notice of a held save, with its two ways on. Loaded only when a save is held (two tabs
 * answering one quiz in turn), so a quiz does not carry it.
 */
export default function HeldNotice({ onTakeNewer, onKeepThisTab }: HeldNoticeProps): ReactNode {
  return (
    <div className={styles.notice}>
      <p>{HELD_SAVE_WORDS}</p>
      <div className={styles.noticeActions}>
        <button type="button" className="button button--secondary button--sm" onClick={onTakeNewer}>
          Continue from the newer state
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={onKeepThisTab}
        >
          Keep this tab’s answers
        </button>
      </div>
    </div>
  );
}
