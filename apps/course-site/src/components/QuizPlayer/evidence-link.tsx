import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import type { EvidenceAnchor } from '@tmm/quiz-engine';
import { getParagraph, paragraphOf, type SentenceId } from '@tmm/statement-content';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { evidenceSentences } from '../../../shared/statement-anchor';
import { focusInView } from '../../lib/focus-in-view';
import { rememberQuizReturn, takeQuizReturn } from '../../lib/quiz-return';
import { describeSentences, readerHref, sentenceNumber } from '../../lib/sentence-places';
import styles from './styles.module.css';

/** How long after coming back from the reader the quiz's evidence button takes focus. */
const RETURN_MS = 15_000;
let returning: { readonly key: string; readonly quizId: string; readonly until: number } | null =
  null;

/** The paragraphs that hold these sentences, in reading order, each once. */
function paragraphsOf(sentences: readonly SentenceId[]): string[] {
  return [...new Set(sentences.map(paragraphOf))];
}

/**
 * "Show in the text": a disclosure that shows the question's evidence where the learner is, each
 * sentence in its paragraph, word for word, the evidence marked and every sentence numbered as
 * the hints count them; focus stays on the button. A link opens the full reader with the evidence
 * highlighted; coming back from it (Back) puts focus on this button again.
 */
export default function EvidenceLink({
  evidence,
  quizId,
}: {
  readonly evidence: readonly EvidenceAnchor[];
  readonly quizId: string;
}): ReactNode {
  const sentences = evidenceSentences(evidence);
  const [open, setOpen] = useState(false);
  const passageId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const passageRef = useRef<HTMLDivElement>(null);
  const { key = '' } = useLocation();

  useEffect(() => {
    if (takeQuizReturn(key, quizId)) returning = { key, quizId, until: Date.now() + RETURN_MS };
    // The quiz may be drawn more than once as the page settles after Back: each time, for a
    // moment, its evidence button takes focus again.
    if (returning?.key === key && returning.quizId === quizId && Date.now() < returning.until)
      focusInView(toggleRef.current);
  }, [key, quizId]);

  if (sentences.length === 0) return null;
  const evidenceIds = new Set<string>(sentences);
  const toggle = () => {
    setOpen(!open);
    // The passage opens below the button: bring both into view, focus staying where it is.
    if (!open) requestAnimationFrame(() => focusInView(toggleRef.current, passageRef.current));
  };

  return (
    <div className={styles.evidence}>
      <p className={styles.evidenceLink}>
        <button
          ref={toggleRef}
          type="button"
          className={styles.evidenceToggle}
          aria-expanded={open}
          aria-controls={passageId}
          data-evidence={sentences.join(',')}
          onClick={toggle}
        >
          Show in the text
          <span className={styles.where}> ({describeSentences(sentences)})</span>
        </button>
      </p>
      <div ref={passageRef} id={passageId} hidden={!open} data-evidence-passage="">
        {open &&
          paragraphsOf(sentences).map((paragraphId) => {
            const paragraph = getParagraph(paragraphId);
            if (paragraph === undefined) return null;
            return (
              <figure key={paragraphId} className={styles.passage}>
                <figcaption className={styles.passageCaption}>
                  Paragraph {paragraph.number}
                </figcaption>
                <blockquote>
                  <p>
                    {paragraph.sentences.map((sentence, index) => (
                      <span key={sentence.id}>
                        {index > 0 && ' '}
                        <span
                          className={styles.sentenceNumber}
                          data-number={sentenceNumber(sentence.id)}
                          aria-hidden="true"
                        />
                        {evidenceIds.has(sentence.id) ? (
                          <mark
                            className={styles.evidenceMark}
                            data-evidence-sentence={sentence.id}
                          >
                            <span className="sr-only">
                              Sentence {sentenceNumber(sentence.id)}, the evidence:{' '}
                            </span>
                            {sentence.text}
                          </mark>
                        ) : (
                          sentence.text
                        )}
                      </span>
                    ))}
                  </p>
                </blockquote>
              </figure>
            );
          })}
        {open && (
          <p>
            <Link to={readerHref(sentences)} onClick={() => rememberQuizReturn(key, quizId)}>
              Read it in the full reader
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
