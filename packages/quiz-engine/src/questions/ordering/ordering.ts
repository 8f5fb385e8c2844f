import { shuffleAway } from '../../random/seeded-shuffle';
import type { QuestionTypeModule } from '../question-type';
import type { OrderingAnswer, OrderingQuestion } from './ordering-question';
import { isOrderingAnswer, scoreOrdering, validateOrdering } from './score-ordering';

/**
 * Ordering: items always shown shuffled, never already in order; an ordering submitted as
 * shown is answered by the order shown.
 */
export const ordering: QuestionTypeModule<OrderingQuestion, OrderingAnswer> = {
  isAnswer: isOrderingAnswer,
  validate: validateOrdering,
  score: scoreOrdering,
  choiceOrder: (question, { random }) =>
    shuffleAway(
      question.items.map((item) => item.id),
      random,
    ),
  feedbackNotes: () => [],
  answerAsShown: (_question, choiceOrder) => ({ order: choiceOrder }),
};
