import Link from '@docusaurus/Link';
import { entity, formatDate, glossaryTerm } from '@tmm/statement-content';
import {
  type KeyboardEvent,
  type FocusEvent as ReactFocusEvent,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { type GlossaryRef, glossaryHref } from '../../lib/glossary-href';
import { tabbableElements } from '../../lib/tabbable';
import SourceList from '../SourceList';
import styles from './styles.module.css';

/** Where focus goes when the panel closes. */
export type FocusReturn = 'trigger' | 'after-trigger' | 'stay';

interface TermPopoverProps {
  /** The id the triggers name in `aria-controls`. */
  readonly panelId: string;
  /** The term or name shown, or null while closed. */
  readonly target: GlossaryRef | null;
  /** The button that opened the panel. */
  readonly trigger: HTMLElement | null;
  /** The positioned box the panel is placed in, next to the trigger. */
  readonly containerRef: RefObject<HTMLElement | null>;
  readonly onClose: (focus: FocusReturn) => void;
}

const ENTITY_KINDS = {
  person: 'Person',
  state: 'State',
  organisation: 'Organisation',
  agreement: 'Agreement',
  event: 'Event',
} as const;

/**
 * A non-modal dialog with the definition of a glossary term or the description of a name,
 * placed under the word that opened it but outside the paragraph text. Focus moves into it on
 * opening; Escape, the close button or a click outside close it, and Tab moves on through the page
 * as if the panel sat right after its trigger.
 */
export default function TermPopover({
  panelId,
  target,
  trigger,
  containerRef,
  onClose,
}: TermPopoverProps): ReactNode {
  const panelRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  const place = useCallback(() => {
    const panel = panelRef.current;
    const container = containerRef.current;
    if (panel === null || trigger === null || container === null) return;
    const box = container.getBoundingClientRect();
    const word = trigger.getBoundingClientRect();
    const width = panel.offsetWidth;
    const left = Math.max(0, Math.min(word.left - box.left, box.width - width));
    setPosition({ top: word.bottom - box.top + 6, left });
  }, [trigger, containerRef]);

  const focused = useRef(false);

  useLayoutEffect(() => {
    focused.current = false;
    if (target === null) {
      setPosition(null);
      return;
    }
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [target, place]);

  // Focus moves in once the panel is placed (a hidden panel cannot take focus).
  useEffect(() => {
    if (target === null || position === null || focused.current) return;
    focused.current = true;
    const panel = panelRef.current;
    if (panel === null) return;
    panel.focus({ preventScroll: true });
    // A panel taller than the window shows from its title; a shorter one just comes into view.
    const tall = panel.offsetHeight > window.innerHeight * 0.8;
    panel.scrollIntoView({ block: tall ? 'start' : 'nearest' });
  }, [target, position]);

  useEffect(() => {
    if (target === null) return;
    const closeOnOutsidePointer = (event: PointerEvent) => {
      const node = event.target;
      if (!(node instanceof Node)) return;
      if (panelRef.current?.contains(node) || trigger?.contains(node)) return;
      onClose('stay');
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer, true);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer, true);
  }, [target, trigger, onClose]);

  if (target === null) return <div id={panelId} hidden />;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose('trigger');
      return;
    }
    if (event.key !== 'Tab' || panelRef.current === null) return;
    const inside = tabbableElements(panelRef.current);
    const first = inside[0];
    const last = inside.at(-1);
    const active = document.activeElement;
    if (event.shiftKey && (active === panelRef.current || active === first)) {
      event.preventDefault();
      onClose('trigger');
    } else if (!event.shiftKey && (active === last || inside.length === 0)) {
      event.preventDefault();
      onClose('after-trigger');
    }
  };

  const onBlur = (event: ReactFocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node)) return;
    if (panelRef.current?.contains(next) || trigger?.contains(next)) return;
    onClose('stay');
  };

  const titleId = `${panelId}-title`;
  const bodyId = `${panelId}-body`;
  const content = panelContent(target);

  return (
    <div
      id={panelId}
      ref={panelRef}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      tabIndex={-1}
      className={styles.panel}
      style={position === null ? { visibility: 'hidden' } : position}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <div className={styles.header}>
        <p id={titleId} className={styles.title}>
          {content.title}
        </p>
        <button
          type="button"
          className={styles.close}
          aria-label="Close"
          onClick={() => onClose('trigger')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {content.meta === null ? null : <p className={styles.meta}>{content.meta}</p>}
      <p id={bodyId} className={styles.body}>
        {content.body}
      </p>
      <SourceList sources={content.sources} className={styles.sources} />
      <p className={styles.more}>
        <Link to={glossaryHref(target)}>{content.more}</Link>
      </p>
    </div>
  );
}

function panelContent(target: GlossaryRef) {
  if ('termId' in target) {
    const term = glossaryTerm(target.termId);
    return {
      title: term?.term ?? target.termId,
      meta:
        term === undefined || term.aliases.length === 0 ? null : `Also: ${term.aliases.join(', ')}`,
      body: term?.definition ?? '',
      sources: term?.sources ?? [],
      more: 'In the glossary, with every place it is used',
    };
  }
  const named = entity(target.entityId);
  const kind = named === undefined ? '' : ENTITY_KINDS[named.kind];
  const date = named?.date === undefined ? '' : `, ${formatDate(named.date)}`;
  return {
    title: named?.name ?? target.entityId,
    meta: `${kind}${date}`,
    body: named?.description ?? '',
    sources: named?.sources ?? [],
    more: 'In the glossary of names',
  };
}
