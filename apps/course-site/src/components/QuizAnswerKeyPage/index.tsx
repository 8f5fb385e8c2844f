import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type { EvidenceAnchor, Question, QuestionOf, QuestionType } from '@tmm/quiz-engine';
import { InlineMarkdown } from '@tmm/quiz-engine/react';
import { glossaryTerm, keyPoint, resolveAnchor } from '@tmm/statement-content';
import type { ReactNode } from 'react';
import { isQuizErrors, type QuizModule } from '../../../plugins/quizzes/contract';
import { statementAnchor } from '../../../shared/statement-anchor';
import { describeSentences, readerHref } from '../../lib/sentence-places';
import QuizErrors from '../QuizErrors';
import { viewOf } from '../QuizPlayer/question-types';
import styles from './styles.module.css';

interface AnswerKeyPageProps {
  /** The quiz's module, as the quiz plugin generates it for the page that embeds the quiz. */
  readonly quiz: QuizModule;
}

function Evidence({ anchor }: { readonly anchor: EvidenceAnchor }): ReactNode {
  const { paragraph, exact } = anchor;
  // The build resolved every anchor already; this only fails for a quiz with errors.
  const quote = statementAnchor(anchor);
  const resolved = quote === null ? undefined : resolveAnchor(quote);
  if (!resolved?.ok) return <li>{`${paragraph}: “${exact}” (does not resolve)`}</li>;
  const { sentenceIds } = resolved.value;
  return (
    <li>
      <q>{exact}</q> — <Link to={readerHref(sentenceIds)}>{describeSentences(sentenceIds)}</Link>
    </li>
  );
}

/** The right answer to a question, as its type's view shows it to authors. */
function Answer<T extends QuestionType>({ question }: { readonly question: QuestionOf<T> }) {
  const { AnswerKey } = viewOf(question);
  return <AnswerKey question={question} />;
}

function QuestionKey({
  question,
  number,
}: {
  readonly question: Question;
  readonly number: number;
}): ReactNode {
  const feedback = Object.entries(question.feedback).filter(([, text]) => text !== undefined);
  return (
    <li className={styles.question} data-question={question.id}>
      <h2 className={styles.questionTitle}>
        Question {number}{' '}
        <span className={styles.meta}>
          ({viewOf(question).label}, id {question.id}, {question.points}{' '}
          {question.points === 1 ? 'mark' : 'marks'})
        </span>
      </h2>
      <p>
        <InlineMarkdown text={question.prompt} />
      </p>
      <h3 className={styles.label}>Answer</h3>
      <Answer question={question} />
      {feedback.length > 0 && (
        <>
          <h3 className={styles.label}>Feedback</h3>
          <dl className={styles.feedback}>
            {feedback.map(([kind, text]) => (
              <div key={kind}>
                <dt>{kind}</dt>
                <dd>
                  <InlineMarkdown text={text ?? ''} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {question.hints.length > 0 && (
        <>
          <h3 className={styles.label}>Hints, in order</h3>
          <ol>
            {question.hints.map((hint) => (
              <li key={hint}>
                <InlineMarkdown text={hint} />
              </li>
            ))}
          </ol>
        </>
      )}
      {question.explanation && (
        <>
          <h3 className={styles.label}>Explanation</h3>
          <p>
            <InlineMarkdown text={question.explanation} />
          </p>
        </>
      )}
      <h3 className={styles.label}>Evidence</h3>
      {question.evidence.length === 0 ? (
        <p>None: the checker warns about this question.</p>
      ) : (
        <ul>
          {question.evidence.map((anchor) => (
            <Evidence key={`${anchor.paragraph}:${anchor.exact}`} anchor={anchor} />
          ))}
        </ul>
      )}
      <p className={styles.meta}>
        Key points: {question.keyPoints.map((id) => keyPoint(id)?.title ?? id).join('; ') || 'none'}
        . Glossary:{' '}
        {question.glossary.map((id) => glossaryTerm(id)?.term ?? id).join(', ') || 'none'}.
      </p>
    </li>
  );
}

/** The answer key of one quiz, for its author: only `docusaurus start` has this page. */
export default function QuizAnswerKeyPage({ quiz: module }: AnswerKeyPageProps): ReactNode {
  const quiz = isQuizErrors(module) ? null : module.quiz;
  const title = quiz === null ? 'Quiz with errors' : `Answer key: ${quiz.title}`;
  return (
    <Layout title={title} description="Answer key preview for quiz authors (development only).">
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <p className={styles.notice}>
          Preview for authors, shown only by <code>npm start</code>: the production build has no
          such page. <Link to="/instructors/preview">All quiz previews</Link>.
        </p>
        {quiz === null ? (
          <QuizErrors errors={isQuizErrors(module) ? module.errors : []} />
        ) : (
          <>
            <p>
              Behaviour: <strong>{quiz.behaviour}</strong>. Tries {quiz.settings.tries}, penalty per
              try {quiz.settings.penaltyPerTry.toFixed(2)}, hints{' '}
              {quiz.settings.hints ? 'on' : 'off'}, confidence{' '}
              {quiz.settings.confidence ? 'on' : 'off'}, pass mark{' '}
              {Math.round(quiz.settings.passMark * 100)}%.
            </p>
            <ol className={styles.questions}>
              {quiz.questions.map((question, index) => (
                <QuestionKey key={question.id} question={question} number={index + 1} />
              ))}
            </ol>
          </>
        )}
      </main>
    </Layout>
  );
}
