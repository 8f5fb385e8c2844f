import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import type { PreviewEntry } from '../../../plugins/quizzes/contract';

interface PreviewIndexPageProps {
  /** Every quiz file of the course, as the quiz plugin loaded it. */
  readonly previews: readonly PreviewEntry[];
}

/** The list of answer-key previews: only `docusaurus start` has this page. */
export default function QuizPreviewIndexPage({ previews }: PreviewIndexPageProps): ReactNode {
  return (
    <Layout
      title="Quiz previews"
      description="Answer key previews for quiz authors (development only)."
    >
      <main className="container margin-vert--lg">
        <h1>Quiz previews</h1>
        <p>
          Each quiz of the course with its answer key, as the files are now. This page exists only
          while <code>npm start</code> runs; the production build leaves it out.
        </p>
        <ul>
          {previews.map((entry) => (
            <li key={entry.id}>
              <Link to={entry.path}>{entry.title ?? entry.id}</Link> — <code>{entry.file}</code>
              {entry.errors > 0 && (
                <strong>{` (${entry.errors} ${entry.errors === 1 ? 'error' : 'errors'})`}</strong>
              )}
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
