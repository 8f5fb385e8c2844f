import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { FallbackProps } from 'react-error-boundary';
import { downloadText } from '../../lib/download-text';

interface RecordFaultProps extends FallbackProps {
  /** What could not be shown, for the sentence: "This quiz", "Your progress report". */
  readonly what: string;
  /**
   * Sets the record that broke it aside (backed up) and forgets it; resolves to where it was
   * backed up (null if it could not be) and its text. Absent when there is nothing to set aside.
   */
  readonly setAside?: () => { readonly backupKey: string | null; readonly raw: string } | null;
  /** What setting it aside does, as a button label. */
  readonly setAsideLabel?: string;
}

/**
 * What a learner sees when part of a page fails to render from their saved progress: what
 * happened, that the rest of their progress is untouched, and a way on (set the one record
 * aside, backed up, or try again). It takes focus and is announced, since it replaces what the
 * learner was using.
 */
export default function RecordFault({
  error,
  resetErrorBoundary,
  what,
  setAside,
  setAsideLabel,
}: RecordFaultProps): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    box.current?.focus();
  }, []);
  const detail = error instanceof Error ? error.message : String(error);
  const onSetAside = () => {
    try {
      const kept = setAside?.();
      if (kept && kept.backupKey === null) {
        // Storage could not take the backup: hand the learner the record before going on.
        downloadText(kept.raw, 'tmm-course-set-aside-record.json');
      }
      resetErrorBoundary();
    } catch (cause) {
      setFailed(cause instanceof Error ? cause.message : String(cause));
    }
  };
  return (
    <div ref={box} tabIndex={-1} role="alert" data-record-fault="">
      <p>
        <strong>{what} could not be shown</strong> from what this browser saved ({detail}). The rest
        of your progress is untouched.
      </p>
      {failed && <p>Setting it aside failed too ({failed}).</p>}
      <p>
        {setAside ? (
          <button type="button" className="button button--primary" onClick={onSetAside}>
            {setAsideLabel}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={resetErrorBoundary}>
            Try again
          </button>
        )}
      </p>
    </div>
  );
}
