import { Children, lazy, Suspense, type ReactNode } from 'react';
import CodeInline from '@theme/CodeInline';
import type { Props } from '@theme/MDXComponents/Code';

// The theme's CodeBlock (copy and word-wrap buttons, line handling) is about
// 5 KiB of script that every page with Markdown loaded, for the one code
// block of the site (the embed snippet on the institutions page). It now
// loads with a page that has a code block. The server render waits for it,
// so the built HTML holds the full block; in the browser the page hydrates
// around it until its script arrives.
const CodeBlock = lazy(() => import('@theme/CodeBlock'));

/** As the theme decides: text on one line is inline code, anything else a block. */
function isInline(props: Props): boolean {
  return (
    props.children !== undefined &&
    Children.toArray(props.children).every(
      (child) => typeof child === 'string' && !child.includes('\n'),
    )
  );
}

/**
 * Replaces the theme's MDXComponents/Code, which imports CodeBlock eagerly
 * (a wrapper would bring that import back). Same output, CodeBlock loaded on demand.
 */
export default function MDXCode(props: Props): ReactNode {
  if (isInline(props)) return <CodeInline {...props} />;
  return (
    // While the script loads (after a client-side navigation, or before React
    // reveals the server's block): the code, unstyled. Focusable like the
    // theme's block, so that a keyboard can scroll a snippet wider than a phone.
    <Suspense
      fallback={
        <pre tabIndex={0}>
          <code>{props.children}</code>
        </pre>
      }>
      <CodeBlock {...props}>{props.children}</CodeBlock>
    </Suspense>
  );
}
