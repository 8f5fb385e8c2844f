import type { ReactNode } from 'react';
import type { LessonTime as Time } from '../../../plugins/quizzes/contract';
import styles from './styles.module.css';

const minutes = (count: number) => `${count} ${count === 1 ? 'minute' : 'minutes'}`;

/**
 * A lesson's time estimate, under its title: reading and quiz apart, as the quiz plugin computed
 * them at build from the lesson's words and its quiz's questions (the rule: the root README).
 */
export default function LessonTime({ time }: { readonly time: Time }): ReactNode {
  return (
    <p className={styles.time} data-lesson-time="">
      About {minutes(time.readingMinutes)} to read
      {time.questions > 0 &&
        `, and ${minutes(time.quizMinutes)} for the quiz (${time.questions} ${time.questions === 1 ? 'question' : 'questions'})`}
      .
    </p>
  );
}
