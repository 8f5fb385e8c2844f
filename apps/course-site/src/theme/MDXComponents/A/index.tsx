import { useLocation } from '@docusaurus/router';
import type { WrapperProps } from '@docusaurus/types';
import type AType from '@theme/MDXComponents/A';
import A from '@theme-original/MDXComponents/A';
import type { ReactNode } from 'react';
import { useLessonsPath } from '../../../lib/use-lessons-path';
import { useCompletedLesson } from '../../../progress/use-completed-lesson';
import styles from './styles.module.css';

type Props = WrapperProps<typeof AType>;

/**
 * Links in Markdown, wrapped: on the course introduction (the lessons' base page), a link to a
 * lesson the learner has completed gets a check mark and "(completed)" in its text, so the
 * lesson list there shows progress as the sidebar does. Everywhere else links are unchanged.
 */
export default function MDXAWrapper(props: Props): ReactNode {
  const { pathname } = useLocation();
  const lessonsPath = useLessonsPath();
  const onIntroduction = pathname.replace(/\/+$/, '') === lessonsPath.replace(/\/+$/, '');
  const completed = useCompletedLesson(onIntroduction ? props.href : undefined);
  if (!completed) return <A {...props} />;
  return (
    <A {...props} data-lesson-completed="">
      {props.children}
      <span className={styles.mark} aria-hidden="true">
        ✓
      </span>
      <span className="sr-only"> (completed)</span>
    </A>
  );
}
