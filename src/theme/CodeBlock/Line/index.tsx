import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/CodeBlock/Line';

/**
 * One line of a code block as a <span>, where the classic theme writes a <div>:
 * <code> holds phrasing content only, and the Nu Html Checker reports every <div>
 * in it. Code blocks here are plain text, one token a line, without line numbers
 * (see src/plugins/plain-code-blocks), so the line is its text and a <br>.
 */
export default function CodeBlockLine({ line, classNames, getLineProps }: Props): ReactNode {
  const text = line.map((token) => (token.content === '\n' ? '' : token.content)).join('');
  const { className } = getLineProps({ line, className: clsx(classNames) });
  return (
    <span className={className}>
      {text}
      <br />
    </span>
  );
}
