import { type ChangeEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { downloadText } from '../../lib/download-text';
import { focusInView } from '../../lib/focus-in-view';
import {
  exportProgress,
  type ImportSummary,
  importProgress,
  type ProgressStore,
  progressExportFileName,
} from '../../progress';
import { unkeepableKeyImportNote } from '../../progress/dropped-keys';
import styles from './styles.module.css';

interface ProgressFileProps {
  readonly store: ProgressStore;
}

type Outcome =
  | { readonly kind: 'imported'; readonly text: string }
  | { readonly kind: 'import-failed'; readonly text: string }
  | { readonly kind: 'erased'; readonly text: string };

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function importedText(added: ImportSummary, leftOut: string | null): string {
  const { attempts, lessons, cards, reviewLogs } = added;
  const note = leftOut === null ? '' : ` ${unkeepableKeyImportNote(leftOut)}`;
  if (attempts + lessons + cards + reviewLogs === 0) {
    return `Imported: the file held nothing that is not already here, so nothing changed.${note}`;
  }
  return `Imported: ${plural(attempts, 'attempt', 'attempts')}, ${plural(lessons, 'completed lesson', 'completed lessons')} and ${plural(cards, 'new review schedule', 'new review schedules')} added. The page now shows the combined progress.${note}`;
}

/**
 * Keep or move progress: download it as a JSON file, import such a file (validated, merged into
 * what is here by the documented rule), or erase it after a confirmation.
 */
export default function ProgressFile({ store }: ProgressFileProps): ReactNode {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const inputId = useId();
  const ruleId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const eraseRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  // What an import or an erase did is brought into view with focus: the report above it is
  // redrawn with the new progress, which would leave message and focus far below the screen.
  useEffect(() => {
    if (outcome === null) return;
    if (outcome.kind === 'erased') focusInView(eraseRef.current, statusRef.current);
    else focusInView(outcome.kind === 'import-failed' ? errorRef.current : statusRef.current);
  }, [outcome]);

  const onExport = () => {
    const now = new Date();
    downloadText(exportProgress(store.getSnapshot(), now), progressExportFileName(now));
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    try {
      const text = await file.text();
      const checked = importProgress(store.getSnapshot(), text);
      if (checked.ok) {
        let added = checked.added;
        // Merged again inside `update`, against the latest stored progress (another tab may have saved).
        store.update((current) => {
          const merged = importProgress(current, text);
          if (!merged.ok) return current;
          added = merged.added;
          return merged.document;
        });
        setOutcome({ kind: 'imported', text: importedText(added, checked.leftOut) });
      } else {
        setOutcome({
          kind: 'import-failed',
          text: `“${file.name}” was not imported. ${checked.message}`,
        });
      }
    } catch (error) {
      // Reading the file or saving the result failed: say so; what was here is unchanged.
      const detail = error instanceof Error ? error.message : String(error);
      setOutcome({
        kind: 'import-failed',
        text: `“${file.name}” was not imported (${detail}). Your progress here is unchanged.`,
      });
    }
    // The same file may be chosen again (after fixing it, or to see that nothing changes).
    input.value = '';
  };

  const startErase = () => {
    setOutcome(null);
    setConfirming(true);
    // Focus the confirmation once it is shown, so keyboard users land on the choice.
    requestAnimationFrame(() => confirmRef.current?.focus());
  };

  const cancelErase = () => {
    setConfirming(false);
    requestAnimationFrame(() => eraseRef.current?.focus());
  };

  const erase = () => {
    store.reset();
    setConfirming(false);
    setOutcome({
      kind: 'erased',
      text: 'Your progress in this browser was erased. Lessons, scores and review dates start afresh.',
    });
  };

  return (
    <div className={styles.file}>
      <div className={styles.action}>
        <h3>Download your progress</h3>
        <p>
          A JSON file with every attempt, completed lesson and review date. Keep it as a copy, or
          import it in another browser.
        </p>
        <button type="button" className="button button--primary" onClick={onExport}>
          Download my progress
        </button>
      </div>

      <div className={styles.action}>
        <h3>Import a progress file</h3>
        <p id={ruleId}>
          Importing adds the file’s progress to what this browser has; it never removes anything.
          Attempts are combined (one already here is not counted twice), a lesson completed on both
          sides keeps its earlier date, and each key point keeps the review schedule that was
          updated last. Older files from this course are converted first.
        </p>
        <label htmlFor={inputId} className={styles.label}>
          Progress file (.json)
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={ruleId}
          className={styles.input}
          onChange={(event) => void onImport(event)}
        />
      </div>

      <div className={styles.action}>
        <h3>Erase your progress</h3>
        <p>
          Starts again from nothing in this browser. Download your progress first if you may want it
          back.
        </p>
        {confirming ? (
          // biome-ignore lint/a11y/useSemanticElements: a group of two buttons, not a form field set
          <div className={styles.confirm} role="group" aria-labelledby={`${inputId}-confirm`}>
            <p id={`${inputId}-confirm`}>
              <strong>Erase every attempt, completed lesson and review date kept here?</strong> This
              cannot be undone.
            </p>
            <button
              ref={confirmRef}
              type="button"
              className={`button ${styles.danger}`}
              onClick={erase}
            >
              Yes, erase my progress
            </button>{' '}
            <button type="button" className="button button--secondary" onClick={cancelErase}>
              Cancel
            </button>
          </div>
        ) : (
          <button
            ref={eraseRef}
            type="button"
            className={`button ${styles.dangerOutline}`}
            onClick={startErase}
          >
            Erase my progress…
          </button>
        )}
      </div>

      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className={styles.outcome}
        data-progress-file-status=""
      >
        {outcome?.kind !== 'import-failed' && outcome?.text}
      </div>
      <div
        ref={errorRef}
        tabIndex={-1}
        role="alert"
        className={styles.outcome}
        data-progress-file-error=""
      >
        {outcome?.kind === 'import-failed' && outcome.text}
      </div>
    </div>
  );
}
