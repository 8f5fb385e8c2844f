import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import { downloadText } from '../../lib/download-text';
// The hooks alone, not the whole progress module.
import type { ProgressNotice } from '../../progress/storage';
import { useProgressNotices, useProgressStore } from '../../progress/use-progress';
import styles from './styles.module.css';

/** A file name for the data a `recovered` notice set aside, from its backup key's time. */
function backupFileName(notice: Extract<ProgressNotice, { kind: 'recovered' }>): string {
  const stamp = notice.backupKey?.split('.backup.')[1] ?? new Date().toISOString();
  return `tmm-course-progress-backup-${stamp.replace(/[:.]/g, '-')}.json`;
}

function NoticeText({ notice }: { readonly notice: ProgressNotice }): ReactNode {
  if (notice.kind === 'recovered') {
    return (
      <p className={styles.text}>
        <strong>About your saved progress:</strong> {notice.message}
        {notice.backupKey !== null && (
          <>
            {' '}
            It is kept in this browser under <code>{notice.backupKey}</code>.
          </>
        )}
      </p>
    );
  }
  return (
    <p className={styles.text}>
      <strong>Progress is not being saved.</strong> {notice.message}{' '}
      <Link to="/progress#keep-your-progress">Export it from the progress page</Link>.
    </p>
  );
}

/**
 * The notices themselves, in their own chunk with the progress store: the page loads them
 * after hydration, into the live region that `ProgressNotices` renders from the start.
 */
export default function NoticeList(): ReactNode {
  const notices = useProgressNotices();
  const store = useProgressStore();
  return notices.map((notice, index) => (
    <div
      // Notices are only ever appended or removed, so their place names them.
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      key={index}
      className={styles.notice}
      data-progress-notice={notice.kind}
    >
      <NoticeText notice={notice} />
      <div className={styles.actions}>
        {notice.kind === 'recovered' && (
          <button
            type="button"
            className="button button--sm button--primary"
            onClick={() => downloadText(notice.raw, backupFileName(notice))}
          >
            Download the backup
          </button>
        )}
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => store?.dismissNotice(notice)}
        >
          Dismiss
        </button>
      </div>
    </div>
  ));
}
