import type { ReactNode } from 'react';
import ProgressNotices from '../components/ProgressNotices';

/**
 * The site's root, wrapped: notices about saved progress go above every page (they appear
 * only after hydration, when the browser's storage has been read).
 */
export default function Root({ children }: { readonly children: ReactNode }): ReactNode {
  return (
    <>
      <ProgressNotices />
      {children}
    </>
  );
}
