import useIsBrowser from '@docusaurus/useIsBrowser';
import { blankSegments, type Question, type Quiz } from '@tmm/quiz-engine';
import { InlineMarkdown } from '@tmm/quiz-engine/react';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** Texts in alphabetical order: how items and choices print, so no order gives an answer away. */
function alphabetical<T>(items: readonly T[], text: (item: T) => string): T[] {
  return [...items].sort((a, b) => text(a).localeCompare(text(b), 'en'));
}

/** Where the learner is asked to answer: options, items, choices or the blanks in the text. */
function QuestionBody({ question }: { readonly question: Question }): ReactNode {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select':
      return (
        <ul className={styles.printChoices}>
          {question.options.map((option) => (
            <li key={option.id}>
              <InlineMarkdown text={option.text} />
            </li>
          ))}
        </ul>
      );
    case 'true-false':
      return <p>True or false?</p>;
    case 'fill-in-the-blank':
      return (
        <p>
          {blankSegments(question.text).map((segment, index) =>
            segment.type === 'text' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one fixed text
              <InlineMarkdown key={index} text={segment.text} />
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one fixed text
              <span key={index} className={styles.printBlank}>
                {' ________ '}
              </span>
            ),
          )}
        </p>
      );
    case 'ordering':
      return (
        <>
          <p>Put in order:</p>
          <ul className={styles.printChoices}>
            {alphabetical(question.items, (item) => item.text).map((item) => (
              <li key={item.id}>
                <InlineMarkdown text={item.text} />
              </li>
            ))}
          </ul>
        </>
      );
    case 'matching':
      return (
        <>
          <ul className={styles.printChoices}>
            {question.pairs.map((pair) => (
              <li key={pair.id}>
                <InlineMarkdown text={pair.left} /> → ________
              </li>
            ))}
          </ul>
          <p>Choose from:</p>
          <ul className={styles.printChoices}>
            {alphabetical(
              [
                ...question.pairs.map((pair) => ({ id: pair.id, text: pair.right })),
                ...question.distractors,
              ],
              (choice) => choice.text,
            ).map((choice) => (
              <li key={choice.id}>
                <InlineMarkdown text={choice.text} />
              </li>
            ))}
          </ul>
        </>
      );
    case 'select-evidence':
      return (
        <p>
          Choose the sentences of the statement that show it, in{' '}
          {question.passage.length === 1 ? 'paragraph' : 'paragraphs'}{' '}
          {question.passage.map((paragraphId) => paragraphId.replace(/^p/, '')).join(' and ')}.
        </p>
      );
  }
}

/**
 * The quiz on paper: shown only when the page is printed (where the interactive quiz is not),
 * its questions without their answers, hints or feedback, and the address to take it at.
 * Server-rendered, so a page printed before the quiz's code arrives prints it too.
 */
export default function QuizPrintout({
  quiz,
  drawn,
}: {
  readonly quiz: Quiz;
  /** How many questions an attempt asks (fewer than the quiz holds when it draws from a pool). */
  readonly drawn: number;
}): ReactNode {
  const isBrowser = useIsBrowser();
  // The server does not know the host the course is served from; the browser does.
  const address = isBrowser ? `${window.location.origin}${window.location.pathname}` : null;
  return (
    <div className={styles.printout} data-quiz-printout={quiz.id}>
      <p className={styles.printTitle}>{quiz.title}: the questions</p>
      <p>
        {address === null ? (
          'Take this quiz, with its feedback and your marks, on this lesson’s page of the course.'
        ) : (
          <>
            Take this quiz, with its feedback and your marks, on this lesson’s page:{' '}
            <span className={styles.printAddress}>{address}</span>
          </>
        )}{' '}
        The answers are not printed.
        {drawn < quiz.questions.length
          ? ` Each attempt asks ${drawn} of these ${quiz.questions.length} questions.`
          : null}
      </p>
      <ol className={styles.printQuestions}>
        {quiz.questions.map((question) => (
          <li key={question.id}>
            <p className={styles.printPrompt}>
              <InlineMarkdown text={question.prompt} />
            </p>
            <QuestionBody question={question} />
          </li>
        ))}
      </ol>
    </div>
  );
}
