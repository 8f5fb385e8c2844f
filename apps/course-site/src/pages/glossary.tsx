import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { type Entity, entities, formatDate, termsByFirstLetter } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import GlossaryEntry from '../components/GlossaryEntry';
import { glossaryAnchor } from '../lib/glossary-href';
import styles from './glossary.module.css';

const letters = termsByFirstLetter();

const KIND_HEADINGS: Record<Entity['kind'], string> = {
  person: 'People',
  state: 'States',
  organisation: 'Organisations',
  agreement: 'Agreements and arrangements',
  event: 'Events',
};

const kinds = (Object.keys(KIND_HEADINGS) as Entity['kind'][]).map((kind) => ({
  kind,
  names: entities()
    .filter((named) => named.kind === kind)
    .sort((a, b) => a.name.localeCompare(b.name, 'en')),
}));

/** The glossary: every term of the statement, A to Z, then the people, states and other names. */
export default function GlossaryPage(): ReactNode {
  return (
    <Layout
      title="Glossary"
      description="Plain-language definitions of the terms and names in the June 3, 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting joint press statement, with sources and links to every place they are used."
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>Glossary</h1>
        <p className={styles.intro}>
          The terms of the statement in plain language, from A to Z, then the people, states,
          organisations, agreements, arrangements and events it names. Each entry links to the
          sentences of the <Link to="/statement">statement</Link> where it is used.
        </p>
        <nav aria-label="Glossary sections" className={styles.jump}>
          <ul className={styles.letters}>
            {letters.map(({ letter }) => (
              <li key={letter}>
                <Link to={`#letter-${letter.toLowerCase()}`}>{letter}</Link>
              </li>
            ))}
            <li>
              <Link to="#names">Names</Link>
            </li>
          </ul>
        </nav>

        <section aria-labelledby="terms">
          <h2 id="terms" className="sr-only">
            Terms
          </h2>
          {letters.map(({ letter, terms }) => (
            <section key={letter} aria-labelledby={`letter-${letter.toLowerCase()}`}>
              <Heading as="h2" id={`letter-${letter.toLowerCase()}`} className={styles.letter}>
                {letter}
              </Heading>
              {terms.map((term) => (
                <GlossaryEntry
                  key={term.id}
                  anchorId={glossaryAnchor({ termId: term.id })}
                  name={term.term}
                  aliases={term.aliases}
                  definition={term.definition}
                  sources={term.sources}
                  anchors={term.anchors}
                />
              ))}
            </section>
          ))}
        </section>

        <section aria-labelledby="names">
          <Heading as="h2" id="names" className={styles.letter}>
            Names
          </Heading>
          {kinds.map(({ kind, names }) =>
            names.length === 0 ? null : (
              <section key={kind} aria-labelledby={`names-${kind}`}>
                <h3 id={`names-${kind}`} className={styles.kind}>
                  {KIND_HEADINGS[kind]}
                </h3>
                {names.map((named) => (
                  <GlossaryEntry
                    key={named.id}
                    anchorId={glossaryAnchor({ entityId: named.id })}
                    name={named.name}
                    meta={named.date === undefined ? undefined : formatDate(named.date)}
                    definition={named.description}
                    sources={named.sources}
                    anchors={named.anchors}
                    later={named.later === true}
                  />
                ))}
              </section>
            ),
          )}
        </section>
      </main>
    </Layout>
  );
}
