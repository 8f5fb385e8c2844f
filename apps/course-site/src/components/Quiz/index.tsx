import type { ReactNode } from 'react';
import { isQuizErrors, type QuizModule } from '../../../plugins/quizzes/contract';
import QuizErrors from '../QuizErrors';
import QuizPlayer from '../QuizPlayer';

interface QuizProps {
  /** The quiz's module, imported for this page by the quiz remark plugin from `<Quiz id="…" />`. */
  readonly quiz: QuizModule;
}

/** A quiz embedded in a page with `<Quiz id="…" />`: the player, or in development the file's errors. */
export default function Quiz({ quiz }: QuizProps): ReactNode {
  if (isQuizErrors(quiz)) return <QuizErrors errors={quiz.errors} />;
  return <QuizPlayer quiz={quiz.quiz} lessons={quiz.lessons} />;
}
