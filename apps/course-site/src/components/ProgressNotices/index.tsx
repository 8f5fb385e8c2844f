import useIsBrowser from '@docusaurus/useIsBrowser';
import { type ReactNode, useEffect } from 'react';
import { createLazyModule, useLazyModule } from '../../lib/lazy-module';

// The notices need the progress store, its schemas and migrations: a chunk of their own, so that
// no page waits for them before it is shown and usable.
const noticeList = createLazyModule(() => import('./NoticeList').then((module) => module.default));

/**
 * What the learner must know about their saved progress, on every page: data that could not be
 * read and was set aside (with a download of it), or storage that keeps nothing. The course
 * keeps working either way; a notice stays until dismissed. The live region is in the page
 * from the first paint, so notices that arrive after hydration are announced.
 */
export default function ProgressNotices(): ReactNode {
  const isBrowser = useIsBrowser();
  const notices = useLazyModule(noticeList, isBrowser);
  const failed = notices.status === 'failed' ? notices.error : undefined;
  useEffect(() => {
    // Nothing to show the learner: the page works, and the progress page says more.
    if (failed !== undefined) console.error('The progress notices could not be loaded:', failed);
  }, [failed]);
  return (
    <div role="status" data-progress-notices="">
      {notices.status === 'ready' && <notices.value />}
    </div>
  );
}
