import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import { statement } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import ContinueLearning from '../components/ContinueLearning';
import Participants from '../components/Participants';
import WhoMetWhere from '../components/WhoMetWhere';
import styles from './index.module.css';

const WAYS_IN = [
  {
    to: '/lessons',
    title: 'Start with the lessons',
    text: 'A guided path through the statement, paragraph by paragraph, with quizzes that point back to the text.',
  },
  {
    to: '/statement',
    title: 'Read the statement',
    text: 'The full text, word for word, with definitions, key points, background and what happened next.',
  },
  {
    to: '/glossary',
    title: 'Look up a term',
    text: 'Every term and name in the statement in plain language, with the places it is used.',
  },
  {
    to: '/timeline',
    title: 'Follow the timeline',
    text: 'From the first UN Security Council resolutions on the DPRK to the meeting and the events after it.',
  },
] as const;

const AUDIENCES = [
  {
    title: 'Students',
    text: 'First-year students of international relations and East Asian security: read a real primary source closely and check what you understood.',
  },
  {
    title: 'Instructors',
    text: 'Use the reader and lessons in class, and write your own quizzes as plain YAML files.',
  },
  {
    title: 'Self-learners',
    text: 'Work at your own pace, test yourself on the key points and come back to what you missed.',
  },
] as const;

/** The course home: what the course is, who it is for, and the ways in. */
export default function Home(): ReactNode {
  return (
    <Layout description="An open, interactive course on the June 3, 2023 joint press statement of the U.S. Secretary of Defense and the Japanese and ROK defense ministers: lessons, an annotated reader, a glossary and a timeline.">
      <main>
        <header className={styles.hero}>
          <div className="container">
            <p className={styles.kicker}>An open course on one primary source</p>
            <h1 className={styles.title}>
              The June 3, 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting
            </h1>
            {/* First after the title: a returning learner's way on is in the first screen. */}
            <ContinueLearning>
              <div className={styles.actions}>
                <Link className="button button--primary button--lg" to="/lessons">
                  Start the lessons
                </Link>
                <Link className="button button--secondary button--lg" to="/statement">
                  Read the statement
                </Link>
              </div>
            </ContinueLearning>
            <p className={styles.lead}>
              On <time dateTime={statement.date}>{statement.dateText}</time>, in {statement.place},
              the U.S. Secretary of Defense and the defense ministers of Japan and the Republic of
              Korea issued a joint press statement on the DPRK's nuclear and missile threats and on
              how the three countries would work together. This course teaches you to read that
              statement closely, sentence by sentence.
            </p>
          </div>
        </header>

        <div className="container margin-vert--lg">
          <section aria-labelledby="ministers" className={styles.section}>
            <h2 id="ministers">The three ministers</h2>
            <WhoMetWhere />
            <Participants participants={statement.participants} />
          </section>

          <section aria-labelledby="audience" className={styles.section}>
            <h2 id="audience">Who it is for</h2>
            <ul className={styles.cards}>
              {AUDIENCES.map((audience) => (
                <li key={audience.title} className={styles.card}>
                  <h3 className={styles.cardTitle}>{audience.title}</h3>
                  <p>{audience.text}</p>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="ways-in" className={styles.section}>
            <h2 id="ways-in">Where to begin</h2>
            <ul className={styles.cards}>
              {WAYS_IN.map((way) => (
                <li key={way.to} className={styles.card}>
                  <h3 className={styles.cardTitle}>
                    <Link to={way.to}>{way.title}</Link>
                  </h3>
                  <p>{way.text}</p>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </main>
    </Layout>
  );
}
