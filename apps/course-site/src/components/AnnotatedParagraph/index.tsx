import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { keyPoint, type Paragraph, type ParagraphAnnotations } from '@tmm/statement-content';
import clsx from 'clsx';
import { type MouseEvent, type ReactNode, useCallback, useRef, useState } from 'react';
import type { GlossaryRef } from '../../lib/glossary-href';
import { keyPointSlot } from '../../lib/key-point-slot';
import type { LayoutPart, Piece, Run } from '../../lib/paragraph-layout';
import { sentenceNumber } from '../../lib/sentence-places';
import { focusAfter } from '../../lib/tabbable';
import ContextNotes from '../ContextNotes';
import ParagraphKeyPoints from '../ParagraphKeyPoints';
import ParagraphTerms from '../ParagraphTerms';
import TermPopover, { type FocusReturn } from '../TermPopover';
import styles from './styles.module.css';

/** Punctuation right after a term or name, which must not start a line by itself. */
const TRAILING_PUNCTUATION = /^[)\]}.,;:!?’”'"]+/;

/** How key point evidence is shown: off, every key point, or one key point only. */
export interface KeyPointView {
  readonly shown: boolean;
  /** A key point id to show alone, or null for all of them. */
  readonly only: string | null;
}

interface AnnotatedParagraphProps {
  readonly paragraph: Paragraph;
  readonly layout: readonly LayoutPart[];
  readonly annotations: ParagraphAnnotations;
  readonly keyPoints: KeyPointView;
  /** Sentence ids a link asked to highlight. */
  readonly highlighted: ReadonlySet<string>;
}

interface Opened {
  readonly key: string;
  readonly target: GlossaryRef;
  readonly trigger: HTMLElement;
}

/**
 * One numbered paragraph of the statement. The text element holds the paragraph exactly as
 * published, sentence by sentence; terms and names are buttons around their own words, and
 * everything else (the panel, the lists, the notes) comes after the text, never inside it.
 */
export default function AnnotatedParagraph({
  paragraph,
  layout,
  annotations,
  keyPoints,
  highlighted,
}: AnnotatedParagraphProps): ReactNode {
  const { collectAnchor } = useBrokenLinks();
  const [opened, setOpened] = useState<Opened | null>(null);
  // A ref, not state: a state setter as callback ref would re-render every paragraph
  // synchronously while the page hydrates, for a box only read when a panel opens.
  const containerRef = useRef<HTMLDivElement>(null);
  const panelId = `${paragraph.id}-definition`;
  const labelId = `${paragraph.id}-label`;

  collectAnchor(paragraph.id);
  for (const part of layout) if (part.kind === 'sentence') collectAnchor(part.id);

  const close = useCallback(
    (focus: FocusReturn) => {
      const trigger = opened?.trigger;
      setOpened(null);
      if (trigger === undefined) return;
      if (focus === 'trigger') trigger.focus();
      if (focus === 'after-trigger') focusAfter(trigger, document.getElementById(panelId));
    },
    [opened, panelId],
  );

  const toggle = (key: string, target: GlossaryRef) => (event: MouseEvent<HTMLButtonElement>) => {
    const trigger = event.currentTarget;
    setOpened((current) => (current?.key === key ? null : { key, target, trigger }));
  };

  const renderPiece = (piece: Piece): ReactNode => {
    if (piece.keyPointIds.length === 0) return piece.text;
    const visible = keyPoints.shown
      ? piece.keyPointIds.filter((id) => keyPoints.only === null || keyPoints.only === id)
      : [];
    const first = visible[0];
    const slot = first === undefined ? undefined : keyPointSlot(keyPoint(first)?.number ?? 1);
    return (
      <span
        key={piece.start}
        data-keypoint={piece.keyPointIds.join(' ')}
        className={clsx(
          slot !== undefined && ['kp-mark', `kp-slot-${slot}`],
          visible.length > 1 && 'kp-mark--shared',
        )}
      >
        {piece.text}
      </span>
    );
  };

  const renderRun = (sentenceId: string, run: Run): ReactNode => {
    if (run.kind === 'text') return run.pieces.map(renderPiece);
    const key = `${sentenceId}@${run.start}`;
    const target: GlossaryRef = run.kind === 'term' ? { termId: run.id } : { entityId: run.id };
    const dataAttributes =
      run.kind === 'term' ? { 'data-term': run.id } : { 'data-entity': run.id };
    return (
      <button
        key={key}
        type="button"
        className={clsx(styles.trigger, run.kind === 'entity' && styles.entityTrigger)}
        aria-expanded={opened?.key === key}
        aria-controls={panelId}
        onClick={toggle(key, target)}
        {...dataAttributes}
      >
        {run.pieces.map(renderPiece)}
      </button>
    );
  };

  // A term followed by punctuation ("(UNSCRs)." ) keeps it on its line: a button is a box the
  // line may break after, which would start a line with a lone ")." otherwise.
  const renderRuns = (sentenceId: string, runs: readonly Run[]): ReactNode[] => {
    const rendered: ReactNode[] = [];
    for (let index = 0; index < runs.length; index += 1) {
      const run = runs[index] as Run;
      const next = runs[index + 1];
      const [first, ...others] = next?.kind === 'text' ? next.pieces : [];
      const punctuation = first?.text.match(TRAILING_PUNCTUATION)?.[0];
      if (run.kind === 'text' || next === undefined || first === undefined || !punctuation) {
        rendered.push(renderRun(sentenceId, run));
        continue;
      }
      rendered.push(
        <span key={`${sentenceId}@${run.start}-kept`} className={styles.keepTogether}>
          {renderRun(sentenceId, run)}
          {renderPiece({ ...first, end: first.start + punctuation.length, text: punctuation })}
        </span>,
      );
      const rest = first.text.slice(punctuation.length);
      if (rest !== '')
        rendered.push(
          renderPiece({ ...first, start: first.start + punctuation.length, text: rest }),
        );
      rendered.push(...others.map(renderPiece));
      index += 1;
    }
    return rendered;
  };

  return (
    <section id={paragraph.id} className={styles.paragraph} aria-labelledby={labelId}>
      <h3 id={labelId} className={styles.number}>
        <a href={`#${paragraph.id}`} className={styles.numberLink}>
          <span className="sr-only">Paragraph </span>
          {paragraph.number}
        </a>
      </h3>
      <div ref={containerRef} className={styles.body}>
        <p data-paragraph-text={paragraph.id} className={styles.text}>
          {layout.map((part) =>
            part.kind === 'gap' ? (
              part.text
            ) : (
              <span
                key={part.id}
                id={part.id}
                data-sentence={part.id}
                data-sentence-number={sentenceNumber(part.id)}
                className={clsx(styles.sentence, highlighted.has(part.id) && styles.highlighted)}
                tabIndex={highlighted.has(part.id) ? -1 : undefined}
              >
                {renderRuns(part.id, part.runs)}
              </span>
            ),
          )}
        </p>
        <TermPopover
          panelId={panelId}
          target={opened?.target ?? null}
          trigger={opened?.trigger ?? null}
          containerRef={containerRef}
          onClose={close}
        />
        <ParagraphKeyPoints anchored={annotations.keyPoints} />
        <ParagraphTerms terms={annotations.glossary} entities={annotations.entities} />
        <ContextNotes paragraphId={paragraph.id} notes={annotations.contextNotes} />
      </div>
    </section>
  );
}
