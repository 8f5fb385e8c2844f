import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { type Entity, entities, formatDate, termsByFirstLetter } from '@tmm/statement-content';
import { type ReactNode, useId, useState } from 'react';
import GlossaryEntry from '../components/GlossaryEntry';
import { entryMatches, filterStatus, queryWords } from '../lib/glossary-filter';
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

const entryCount =
  letters.reduce((sum, { terms }) => sum + terms.length, 0) +
  kinds.reduce((sum, { names }) => sum + names.length, 0);

/**
 * The filter box above the entries, shown once JavaScript runs (without it, the page is the
 * whole list it always was). Its status line, a polite live region, says how many entries the
 * words typed keep.
 */
function GlossaryFilter({
  query,
  shown,
  onChange,
}: {
  readonly query: string;
  readonly shown: number;
  readonly onChange: (query: string) => void;
}): ReactNode {
  const id = useId();
  return (
    <search className={styles.filter}>
      <label htmlFor={`${id}-query`} className={styles.filterLabel}>
        Filter the glossary
      </label>
      <input
        id={`${id}-query`}
        type="search"
        className={styles.filterInput}
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-status`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-status`} role="status" className={styles.filterStatus}>
        {filterStatus(query, shown, entryCount)}
      </p>
    </search>
  );
}

/** The glossary: every term of the statement, A to Z, then the people, states and other names. */
export default function GlossaryPage(): ReactNode {
  const isBrowser = useIsBrowser();
  const [query, setQuery] = useState('');
  const words = queryWords(query);
  const shownLetters = letters
    .map(({ letter, terms }) => ({
      letter,
      terms: terms.filter((term) =>
        entryMatches([term.term, ...term.aliases, term.definition], words),
      ),
    }))
    .filter(({ terms }) => terms.length > 0);
  const shownKinds = kinds.map(({ kind, names }) => ({
    kind,
    names: names.filter((named) => entryMatches([named.name, named.description], words)),
  }));
  const shownNames = shownKinds.reduce((sum, { names }) => sum + names.length, 0);
  const shown = shownLetters.reduce((sum, { terms }) => sum + terms.length, 0) + shownNames;
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
        {isBrowser ? <GlossaryFilter query={query} shown={shown} onChange={setQuery} /> : null}
        <nav aria-label="Glossary sections" className={styles.jump}>
          <ul className={styles.letters}>
            {shownLetters.map(({ letter }) => (
              <li key={letter}>
                <Link to={`#letter-${letter.toLowerCase()}`}>{letter}</Link>
              </li>
            ))}
            {shownNames === 0 ? null : (
              <li>
                <Link to="#names">Names</Link>
              </li>
            )}
          </ul>
        </nav>

        <section aria-labelledby="terms">
          <h2 id="terms" className="sr-only">
            Terms
          </h2>
          {shownLetters.map(({ letter, terms }) => (
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

        <section aria-labelledby="names" hidden={shownNames === 0}>
          <Heading as="h2" id="names" className={styles.letter}>
            Names
          </Heading>
          {shownKinds.map(({ kind, names }) =>
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
