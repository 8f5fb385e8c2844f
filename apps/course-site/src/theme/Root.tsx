import type { ReactNode } from 'react';
import ProgressNotices from '../components/ProgressNotices';
import { useLessonOpened } from '../progress/use-lesson-opened';

/**
 * The site's root, wrapped: notices about saved progress go above every page (they appear
 * only after hydration, when the browser's storage has been read), and a lesson page opened is
 * recorded.
 */
export default function Root({ children }: { readonly children: ReactNode }): ReactNode {
  // A lesson page the learner opens is recorded (mastery's lesson gate), after the page loads.
  useLessonOpened();
  return (
    <>
      <ProgressNotices />
      {children}
    </>
  );
}
