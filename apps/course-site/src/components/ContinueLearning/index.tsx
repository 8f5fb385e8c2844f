import useIsBrowser from '@docusaurus/useIsBrowser';
import type { ReactNode } from 'react';
import { createLazyModule, useLazyModule } from '../../lib/lazy-module';
import { PROGRESS_STORAGE_KEY } from '../../progress/storage-key';

// What a returning learner is shown, with the course index it reads (the lessons and the
// questions' key points): a chunk of its own, fetched only when this browser holds progress, so
// a first visit loads nothing more than the page.
const resume = createLazyModule(() =>
  Promise.all([import('./resume'), import('@generated/tmm-progress/default/course.json')]).then(
    ([module, course]) =>
      ({ fallback }: { readonly fallback: ReactNode }) => (
        <module.default course={course.default} fallback={fallback} />
      ),
  ),
);

function holdsProgress(): boolean {
  try {
    return window.localStorage.getItem(PROGRESS_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * "Continue where you left off" for a learner who has been here before: the next lesson, the
 * quizzes to resume and the reviews due. On a first visit, on the server and until the page has
 * loaded, it shows `children` (the way to start), if any.
 */
export default function ContinueLearning({
  children = null,
}: {
  readonly children?: ReactNode;
}): ReactNode {
  const isBrowser = useIsBrowser();
  const module = useLazyModule(resume, isBrowser && holdsProgress());
  return module.status === 'ready' ? <module.value fallback={children} /> : children;
}
