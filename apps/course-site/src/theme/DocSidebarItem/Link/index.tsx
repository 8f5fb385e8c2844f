import { useActivePlugin } from '@docusaurus/plugin-content-docs/client';
import type { WrapperProps } from '@docusaurus/types';
import type LinkType from '@theme/DocSidebarItem/Link';
import Link from '@theme-original/DocSidebarItem/Link';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { useProgress } from '../../../progress';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

/**
 * The lesson id a sidebar link stands for: lessons are keyed to their slug, which is the last
 * segment of their address (`/lessons/the-meeting` → `the-meeting`).
 */
function lessonIdOf(href: string): string | undefined {
  return href
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .split('/')
    .at(-1);
}

/**
 * A sidebar link, wrapped: a lesson the learner has completed gets a check mark, and
 * "(completed)" in its accessible name. Progress is empty on the server and until hydration,
 * so the server HTML and the first client render agree; the mark appears just after.
 */
export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const progress = useProgress();
  const plugin = useActivePlugin();
  const lessonId = lessonIdOf(props.item.href);
  const completed =
    plugin?.pluginId === 'default' &&
    lessonId !== undefined &&
    progress.lessons[lessonId] !== undefined;
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
