import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import type { ReactNode } from 'react';

const WAYS_ON = [
  {
    to: '/lessons',
    title: 'The lessons',
    text: 'the guided path through the statement, with quizzes',
  },
  { to: '/statement', title: 'The statement', text: 'the full text, word for word, annotated' },
  { to: '/glossary', title: 'The glossary', text: 'every term and name in plain language' },
  { to: '/timeline', title: 'The timeline', text: 'the events before and after the meeting' },
  { to: '/progress', title: 'Your progress', text: 'lessons done, mastery and reviews due' },
] as const;

const SEARCH = {
  to: '/search',
  title: 'Search',
  text: 'the lessons, the statement, the glossary and the timeline',
} as const;

/** The course's "page not found": what happened, and the ways back into the course. */
export default function NotFoundContent({ className }: { readonly className?: string }): ReactNode {
  // The site has a search page; the SCORM build (a course inside an LMS) has none.
  const { siteConfig } = useDocusaurusContext();
  const ways = siteConfig.customFields?.search === true ? [...WAYS_ON, SEARCH] : WAYS_ON;
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">This page is not in the course</Heading>
          <p>
            The address may be mistyped, or the page may have moved. Everything in the course is
            reached from here:
          </p>
          <ul data-not-found-ways="">
            {ways.map((way) => (
              <li key={way.to}>
                <Link to={way.to}>{way.title}</Link>: {way.text}.
              </li>
            ))}
          </ul>
        </div>
      </div>
    </main>
  );
}
