import useIsBrowser from '@docusaurus/useIsBrowser';
import type { Props as CodeBlockProps } from '@theme/CodeBlock';
import CodeInline from '@theme/CodeInline';
import type { Props } from '@theme/MDXComponents/Code';
import clsx from 'clsx';
import { Children, type ReactNode } from 'react';
import { createLazyModule, useLazyModule } from '../../../lib/lazy-module';
import styles from './styles.module.css';
import { titleOf } from './title-of';

// The highlighter (Prism, with its grammars) is a chunk of its own, fetched by pages that show a
// code block once they have loaded: the lessons have none, and no longer carry it.
const codeBlock = createLazyModule(() =>
  import('@theme/CodeBlock').then((module) => module.default),
);

/** As the classic theme decides: text without a line break is inline code. */
function isInline(props: Props): boolean {
  return (
    props.children !== undefined &&
    Children.toArray(props.children).every(
      (child) => typeof child === 'string' && !child.includes('\n'),
    )
  );
}

/**
 * A code block before its highlighter: the same text in a plain `pre`, with its title. The
 * server renders this (a reader without JavaScript keeps it), and so does hydration; the
 * highlighted block replaces it once its code has arrived, as the classic theme's own block
 * re-renders after hydration.
 */
function PlainCodeBlock({ children, className, ...props }: Props): ReactNode {
  const title = titleOf((props as { metastring?: unknown }).metastring);
  return (
    <div className={clsx('theme-code-block', styles.block, className)}>
      {title !== undefined && <div className={styles.title}>{title}</div>}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable code, as the theme's own block */}
      <pre tabIndex={0} className={styles.pre}>
        <code>{children}</code>
      </pre>
    </div>
  );
}

function DeferredCodeBlock(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const block = useLazyModule(codeBlock, isBrowser);
  // A block always has its text: MDX renders one only for a fenced block.
  if (isBrowser && block.status === 'ready') return <block.value {...(props as CodeBlockProps)} />;
  return <PlainCodeBlock {...props} />;
}

/** `code` in MDX: inline code as the theme renders it; a block, highlighted once it can be. */
export default function MDXCode(props: Props): ReactNode {
  return isInline(props) ? <CodeInline {...props} /> : <DeferredCodeBlock {...props} />;
}
