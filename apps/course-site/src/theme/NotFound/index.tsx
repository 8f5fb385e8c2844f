import { PageMetadata } from '@docusaurus/theme-common';
import NotFound from '@theme-original/NotFound';
import type { ReactNode } from 'react';

/** The "page not found" page, with the meta description every page of the course carries. */
export default function NotFoundWrapper(): ReactNode {
  return (
    <>
      <PageMetadata description="This page does not exist in the course on the June 3, 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting joint press statement. Try the lessons, the annotated statement, the glossary or the timeline." />
      <NotFound />
    </>
  );
}
