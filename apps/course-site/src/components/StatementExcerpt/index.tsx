import Link from '@docusaurus/Link';
import { getParagraph, type Paragraph, statement } from '@tmm/statement-content';
import { Fragment, type ReactNode } from 'react';
import styles from './styles.module.css';

interface StatementExcerptProps {
  /** Ids of the paragraphs to show, in order, e.g. `['p5', 'p6']`. */
  readonly paragraphs: readonly string[];
}

// The copy the course text follows; a blockquote's `cite` names where the words come from.
const sourceUrl = statement.publications[0]?.url;

function paragraphOrThrow(id: string): Paragraph {
  const paragraph = getParagraph(id);
  // A lesson that names a paragraph the statement does not have must fail the build, not render.
  if (paragraph === undefined) {
    throw new RangeError(`StatementExcerpt: there is no paragraph '${id}' (use p1 to p8).`);
  }
  return paragraph;
}

/** Paragraphs of the statement word for word, each labelled and linked to the annotated reader. */
export default function StatementExcerpt({ paragraphs }: StatementExcerptProps): ReactNode {
  const shown = paragraphs.map(paragraphOrThrow);
  return (
    <div className={styles.excerpts}>
      {shown.map((paragraph) => (
        <figure key={paragraph.id} className={styles.excerpt}>
          <h3 className={styles.label}>Paragraph {paragraph.number}</h3>
          <blockquote className={styles.quote} cite={sourceUrl}>
            {/* Sentences are joined by the single spaces of the source and nothing else. */}
            <p className={styles.text} data-paragraph={paragraph.id}>
              {paragraph.sentences.map((sentence, index) => (
                <Fragment key={sentence.id}>
                  {index === 0 ? null : ' '}
                  <span data-sentence={sentence.id}>{sentence.text}</span>
                </Fragment>
              ))}
            </p>
          </blockquote>
          <figcaption className={styles.caption}>
            <Link to={`/statement#${paragraph.id}`}>
              Read paragraph {paragraph.number} in the annotated reader
            </Link>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
