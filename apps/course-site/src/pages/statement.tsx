import { useLocation } from '@docusaurus/router';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Layout from '@theme/Layout';
import {
  annotationsIn,
  formatDate,
  getSentence,
  keyPoints,
  segmentParagraph,
  statement,
} from '@tmm/statement-content';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { lazily } from '../../shared/lazily';
import AnnotatedParagraph, { type KeyPointView } from '../components/AnnotatedParagraph';
import KeyPointLegend from '../components/KeyPointLegend';
import Participants from '../components/Participants';
import Publications from '../components/Publications';
import { highlightRequest } from '../lib/highlight-request';
import { paragraphLayout } from '../lib/paragraph-layout';
import styles from './statement.module.css';

/**
 * Each paragraph with its layout and annotations, worked out once per page load when the
 * paragraph first renders (`lazily`) rather than all together when the page's code loads: while
 * the page hydrates, React does each paragraph in a task of its own, and no single task has to
 * resolve every anchor.
 */
const readerParagraphs = statement.paragraphs.map((paragraph) => ({
  paragraph,
  prepared: lazily(() => ({
    layout: paragraphLayout(paragraph, segmentParagraph(paragraph.id)),
    annotations: annotationsIn(paragraph.id),
  })),
}));

/** One paragraph of the reader, prepared as it first renders. */
function ReaderParagraph({
  paragraph,
  prepared,
  keyPoints,
  highlighted,
}: (typeof readerParagraphs)[number] & {
  readonly keyPoints: KeyPointView;
  readonly highlighted: ReadonlySet<string>;
}): ReactNode {
  const { layout, annotations } = prepared();
  return (
    <AnnotatedParagraph
      paragraph={paragraph}
      layout={layout}
      annotations={annotations}
      keyPoints={keyPoints}
      highlighted={highlighted}
    />
  );
}

const allKeyPoints = keyPoints();

/** The sentences a link asks to highlight, read after hydration so the first render matches. */
function useHighlightedSentences(): ReadonlySet<string> {
  const { search, hash } = useLocation();
  const [highlighted, setHighlighted] = useState<readonly string[]>([]);
  useEffect(() => {
    const requested = highlightRequest(search, hash).filter((id) => getSentence(id) !== undefined);
    // The same sentences keep the same state: a new empty list after hydration would re-render
    // the whole reader (every paragraph with its terms and notes) for nothing.
    setHighlighted((current) =>
      current.length === requested.length && current.every((id, i) => id === requested[i])
        ? current
        : requested,
    );
  }, [search, hash]);
  useEffect(() => {
    const first = highlighted[0];
    const element = first === undefined ? null : document.getElementById(first);
    if (element === null) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'center' });
  }, [highlighted]);
  return useMemo(() => new Set(highlighted), [highlighted]);
}

/** The annotated reader: the statement word for word, with its provenance and annotations. */
export default function StatementPage(): ReactNode {
  const { collectAnchor } = useBrokenLinks();
  for (const id of ['participants', 'publications', 'how-to-read', 'statement-text']) {
    collectAnchor(id);
  }
  const highlighted = useHighlightedSentences();
  const [shown, setShown] = useState(false);
  const [only, setOnly] = useState<string | null>(null);
  const keyPointView: KeyPointView = { shown, only };

  return (
    <Layout
      title="The statement, annotated"
      description="The June 3, 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting joint press statement, word for word, with definitions, key points, background and what happened next."
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <header className={styles.header}>
          <p className={styles.kicker}>The annotated statement</p>
          <h1 className={styles.title}>{statement.title}</h1>
          <dl className={styles.facts}>
            <div>
              <dt>Date</dt>
              <dd>
                <time dateTime={statement.date}>{statement.dateText}</time>
              </dd>
            </div>
            <div>
              <dt>Place</dt>
              <dd>{statement.place}</dd>
            </div>
          </dl>
        </header>

        {/* Folded, so that on a phone the statement starts within the first screen. */}
        <details className={styles.howTo}>
          <summary>
            <h2 id="how-to-read" className={styles.howToHeading}>
              How to read it
            </h2>
          </summary>
          <p>
            The text below is the statement exactly as published on {formatDate(statement.date)}, in
            eight numbered paragraphs. Words with a dotted underline are glossary terms and words
            with a dashed underline are names: select one to read what it means, and press Escape to
            close it. Each paragraph ends with its terms and names, and with notes on the background
            and on what happened later.
          </p>
          <noscript>
            <p>
              JavaScript is off, so the underlined words do not open: read their definitions in the
              list of terms and names after each paragraph, or in the{' '}
              <a href="/glossary">glossary</a>.
            </p>
          </noscript>
        </details>

        <KeyPointLegend
          keyPoints={allKeyPoints}
          shown={shown}
          only={only}
          onShownChange={setShown}
          onOnlyChange={setOnly}
        />

        <section aria-labelledby="statement-text">
          <h2 id="statement-text">The statement</h2>
          {readerParagraphs.map(({ paragraph, prepared }) => (
            <ReaderParagraph
              key={paragraph.id}
              paragraph={paragraph}
              prepared={prepared}
              keyPoints={keyPointView}
              highlighted={highlighted}
            />
          ))}
        </section>

        {/* After the text, so that on a phone the statement starts within the first screen. */}
        <section aria-labelledby="participants">
          <h2 id="participants" className={styles.subheading}>
            Issued by
          </h2>
          <Participants participants={statement.participants} />
          <h2 id="publications" className={styles.subheading}>
            Official publications
          </h2>
          <Publications publications={statement.publications} />
        </section>
      </main>
    </Layout>
  );
}
