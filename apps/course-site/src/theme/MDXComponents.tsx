import MDXComponents from '@theme-original/MDXComponents';
import Quiz from '../components/Quiz';
import QuizSource from '../components/QuizSource';

// Wrapped, not ejected: every MDX page may write <Quiz id="…" /> without an import.
/** The default MDX components plus the course's quiz elements. */
export default {
  ...MDXComponents,
  Quiz,
  QuizSource,
};
