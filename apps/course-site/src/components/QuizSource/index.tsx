import CodeBlock from '@theme/CodeBlock';
import type { ReactNode } from 'react';
import type { QuizSourceModule } from '../../../plugins/quizzes/contract';

interface QuizSourceProps {
  /** The quiz file, imported for this page by the quiz remark plugin from `<QuizSource id="…" />`. */
  readonly source: QuizSourceModule;
}

/** A quiz file shown as written, for the authoring guide's examples. */
export default function QuizSource({ source }: QuizSourceProps): ReactNode {
  return (
    <CodeBlock language="yaml" title={source.fileName}>
      {source.text || `# ${source.fileName} could not be read; run npm run check:quizzes`}
    </CodeBlock>
  );
}
