import { useLocation } from '@docusaurus/router';
import { useEffect } from 'react';
import { afterPageLoad } from '../lib/after-page-load';
import { lessonIdAt } from '../lib/lesson-id-at';
import { useLessonsPath } from '../lib/use-lessons-path';

/**
 * Records that the learner opened the lesson page they are on (`openLesson`: the first time is
 * kept), which mastery's lesson gate reads. The store's code loads after the page, as for
 * `useDeferredProgress`, so no page's main bundle carries it; pages that are not lessons
 * record nothing.
 */
export function useLessonOpened(): void {
  const { pathname } = useLocation();
  const lessonsPath = useLessonsPath();
  useEffect(() => {
    const lessonId = lessonIdAt(pathname, lessonsPath);
    if (lessonId === undefined) return;
    const openedAt = new Date();
    let cancelled = false;
    // Two steps, each in an idle period of its own, so that neither is one long task with the
    // other on a phone: the store's code arrives and runs; then the opening is written (checked,
    // stored, and shown wherever progress is).
    let cancelStep = () => {};
    const step = (run: () => void) => {
      if (!cancelled) cancelStep = afterPageLoad(run);
    };
    step(() => {
      void Promise.all([import('./use-progress'), import('./lessons')])
        .then(([{ browserProgressStore }, { openLesson }]) =>
          step(() => {
            browserProgressStore()?.update((document) => openLesson(document, lessonId, openedAt));
          }),
        )
        .catch((error: unknown) =>
          console.error('The opened lesson could not be recorded:', error),
        );
    });
    return () => {
      cancelled = true;
      cancelStep();
    };
  }, [pathname, lessonsPath]);
}
