import { PageMetadata } from '@docusaurus/theme-common';
import SearchPage from '@theme-original/SearchPage';
import type { ReactNode } from 'react';

/** The page of all search results (`/search?q=…`), with the meta description every page carries. */
export default function SearchPageWrapper(): ReactNode {
  return (
    <>
      <PageMetadata description="Search the lessons, the annotated statement, the glossary and the timeline of the course on the June 3, 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting joint press statement. The search runs in your browser, also offline." />
      <SearchPage />
    </>
  );
}
