import type { WrapperProps } from '@docusaurus/types';
import type LinkType from '@theme/DocSidebarItem/Link';
import Link from '@theme-original/DocSidebarItem/Link';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { useCompletedLesson } from '../../../progress/use-completed-lesson';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

/**
 * A sidebar link, wrapped: a lesson the learner has completed gets a check mark, and
 * "(completed)" in its accessible name. Progress is empty on the server and until hydration,
 * so the server HTML and the first client render agree; the mark appears just after.
 */
export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const completed = useCompletedLesson(props.item.href);
  if (!completed) return <Link {...props} />;
  return (
    <Link
      {...props}
      item={{ ...props.item, className: clsx(props.item.className, styles.completed) }}
      aria-label={`${props.item.label} (completed)`}
      data-lesson-completed=""
    />
  );
}
