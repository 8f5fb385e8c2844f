import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type { EvidenceAnchor, Question } from '@tmm/quiz-engine';
import {
  getSentence,
  glossaryTerm,
  isSentenceId,
  keyPoint,
  resolveAnchor,
} from '@tmm/statement-content';
import type { ReactNode } from 'react';
import { isQuizErrors, type QuizModule } from '../../../plugins/quizzes/contract';
import { statementAnchor } from '../../../shared/statement-anchor';
import { describeSentences, readerHref } from '../../lib/sentence-places';
import InlineMarkdown from '../InlineMarkdown';
import QuizErrors from '../QuizErrors';
import styles from './styles.module.css';

interface AnswerKeyPageProps {
  /** The quiz's module, as the quiz plugin generates it for the page that embeds the quiz. */
  readonly quiz: QuizModule;
}

const TYPE_NAMES: Record<Question['type'], string> = {
  'single-choice': 'Single choice',
  'multiple-select': 'Multiple select',
  'true-false': 'True or false',
  'fill-in-the-blank': 'Fill in the blank',
  ordering: 'Ordering',
  matching: 'Matching',
  'select-evidence': 'Select the evidence',
};

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

function Answer({ question }: { readonly question: Question }): ReactNode {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select':
      return (
        <ul className={styles.options}>
          {question.options.map((option) => (
            <li key={option.id} data-correct={option.correct}>
              <span className={option.correct ? styles.right : styles.wrong}>
                {option.correct ? 'Correct' : 'Wrong'}
              </span>{' '}
              <InlineMarkdown text={option.text} />
              {option.feedback && (
                <div className={styles.note}>
                  Feedback: <InlineMarkdown text={option.feedback} />
                </div>
              )}
            </li>
          ))}
        </ul>
      );
    case 'true-false':
      return (
        <p>
          The claim is <strong>{question.answer ? 'true' : 'false'}</strong>.
        </p>
      );
    case 'fill-in-the-blank':
      return (
        <>
          <p>
            <InlineMarkdown text={question.text} />
          </p>
          <ul>
            {question.blanks.map((blank) => (
              <li key={blank.id}>
                <code>{`{{${blank.id}}}`}</code> accepts{' '}
                {blank.accept.map((accepted) => `“${accepted}”`).join(', ')}
                {blank.caseSensitive && ' (letter case counts)'}
                {blank.feedback && (
                  <div className={styles.note}>
                    Feedback: <InlineMarkdown text={blank.feedback} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      );
    case 'ordering':
      return (
        <ol>
          {question.items.map((item) => (
            <li key={item.id}>
              <InlineMarkdown text={item.text} />
            </li>
          ))}
        </ol>
      );
    case 'matching':
      return (
        <ul>
          {question.pairs.map((pair) => (
            <li key={pair.id}>
              <InlineMarkdown text={pair.left} /> → <InlineMarkdown text={pair.right} />
              {pair.feedback && (
                <div className={styles.note}>
                  Feedback: <InlineMarkdown text={pair.feedback} />
                </div>
              )}
            </li>
          ))}
          {question.distractors.map((distractor) => (
            <li key={distractor.id}>
              Matches nothing: <InlineMarkdown text={distractor.text} />
            </li>
          ))}
        </ul>
      );
    case 'select-evidence':
      return (
        <>
          <p>Passage: {question.passage.join(', ')}. The right picks:</p>
          <ul>
            {question.evidenceSentenceIds.map((id) => (
              <li key={id}>
                <Link to={readerHref(isSentenceId(id) ? [id] : [])}>{id}</Link>:{' '}
                {getSentence(id)?.text}
              </li>
            ))}
          </ul>
        </>
      );
  }
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
          ({TYPE_NAMES[question.type]}, id {question.id}, {question.points}{' '}
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
