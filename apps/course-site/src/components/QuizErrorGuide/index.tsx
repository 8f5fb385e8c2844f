import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import { errorExamples } from './error-examples';
import styles from './styles.module.css';

/** Each common mistake in a quiz file: the file, the checker's message, what it means, the fix. */
export default function QuizErrorGuide(): ReactNode {
  return (
    <>
      {errorExamples.map((example) => (
        <section key={example.id} className={styles.example} aria-labelledby={example.id}>
          <Heading as="h3" id={example.id}>
            {example.title}
          </Heading>
          <CodeBlock language="yaml" title="quizzes/my-quiz.quiz.yaml">
            {example.file || '# (an empty file)'}
          </CodeBlock>
          <p className={styles.label}>The checker says:</p>
          <CodeBlock language="text">{example.messages.join('\n')}</CodeBlock>
          <p>
            <strong>What it means.</strong> {example.meaning}
          </p>
          <p>
            <strong>How to fix it.</strong> {example.fix}
          </p>
        </section>
      ))}
    </>
  );
}
