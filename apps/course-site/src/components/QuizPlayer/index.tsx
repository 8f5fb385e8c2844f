import type { Quiz } from '@tmm/quiz-engine';
import type { ReactNode } from 'react';
import InlineMarkdown from '../InlineMarkdown';
import styles from './styles.module.css';

interface QuizPlayerProps {
  readonly quiz: Quiz;
}

/** The quiz as a list of its questions (server-rendered); the interactive player replaces it. */
export default function QuizPlayer({ quiz }: QuizPlayerProps): ReactNode {
  return (
    <section className={styles.quiz} aria-labelledby={`quiz-${quiz.id}-title`} data-quiz={quiz.id}>
      <h3 id={`quiz-${quiz.id}-title`} className={styles.title}>
        {quiz.title}
      </h3>
      {quiz.description && (
        <p>
          <InlineMarkdown text={quiz.description} />
        </p>
      )}
      <ol className={styles.questions}>
        {quiz.questions.map((question) => (
          <li key={question.id} data-question={question.id}>
            <InlineMarkdown text={question.prompt} />
          </li>
        ))}
      </ol>
    </section>
  );
}
