import type { CSSProperties, ReactNode } from 'react';

/**
 * The part of prism-react-renderer's API that the classic theme's CodeBlock
 * uses, without any grammar: each line of the code is one plain token. See
 * ./index.ts for why.
 */
export interface Token {
  readonly types: string[];
  readonly content: string;
  readonly empty?: boolean;
}

interface RenderProps {
  readonly className: string;
  readonly style: CSSProperties;
  readonly tokens: Token[][];
  readonly getLineProps: (input: { line: Token[]; className?: string }) => {
    className: string;
  };
  readonly getTokenProps: (input: { token: Token; className?: string }) => {
    className: string;
    children: string;
  };
}

interface HighlightProps {
  readonly code: string;
  readonly language?: string;
  readonly children: (props: RenderProps) => ReactNode;
}

const join = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');

export function linesOf(code: string): Token[][] {
  return code
    .replace(/\n$/, '')
    .split('\n')
    .map((line) =>
      line === ''
        ? [{ types: ['plain'], content: '\n', empty: true }]
        : [{ types: ['plain'], content: line }],
    );
}

export function Highlight({ code, language, children }: HighlightProps): ReactNode {
  return children({
    className: join('prism-code', language && `language-${language}`),
    style: {},
    tokens: linesOf(code),
    getLineProps: ({ className }) => ({ className: join('token-line', className) }),
    getTokenProps: ({ token, className }) => ({
      className: join('token', ...token.types, className),
      children: token.content,
    }),
  });
}

/** prism-include-languages receives this object; it registers no grammar (src/theme/prism-include-languages.ts). */
export const Prism = { languages: {} as Record<string, unknown> };

/** The node side (docusaurus.config.ts) imports the real package; nothing in the browser reads themes. */
export const themes = {};
