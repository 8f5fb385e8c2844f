import Heading from '@theme/Heading';
import schema from '@tmm/quiz-engine/quiz.schema.json';
import type { ReactNode } from 'react';
import { type ReferenceSection, schemaReference } from '../../lib/schema-reference';
import { referenceNotes } from './notes';
import styles from './styles.module.css';

// Read once at build time from the engine's JSON Schema: the reference cannot drift from it.
const sections = schemaReference(schema);

function Section({ section }: { readonly section: ReferenceSection }): ReactNode {
  const description = section.description ?? referenceNotes[section.id];
  return (
    <section aria-labelledby={section.id}>
      <Heading as="h3" id={section.id}>
        {section.title}
      </Heading>
      {description && <p>{description}</p>}
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Value</th>
              <th scope="col">Required</th>
              <th scope="col">Default</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {section.fields.map((field) => (
              <tr key={field.name}>
                <th scope="row">
                  <code>{field.name}</code>
                </th>
                <td>
                  {field.sectionId ? <a href={`#${field.sectionId}`}>{field.type}</a> : field.type}
                  {field.constraints.length > 0 && (
                    <span
                      className={styles.constraints}
                    >{` (${field.constraints.join('; ')})`}</span>
                  )}
                </td>
                <td>{field.required ? 'yes' : 'no'}</td>
                <td>{field.defaultValue === undefined ? '' : <code>{field.defaultValue}</code>}</td>
                <td>{field.description ?? referenceNotes[`${section.id}.${field.name}`]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The quiz format, every key of every mapping, generated from the engine's JSON Schema. */
export default function QuizFormatReference(): ReactNode {
  return (
    <>
      {sections.map((section) => (
        <Section key={section.id} section={section} />
      ))}
    </>
  );
}
