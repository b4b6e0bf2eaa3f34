import type { ComponentProps, ReactNode } from 'react';

type Props = ComponentProps<'h2'> & { readonly as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' };

/** Stands in for @theme/Heading in LMS packages: the plain heading, without the hash link. */
export default function Heading({ as: Tag, ...props }: Props): ReactNode {
  return <Tag {...props} />;
}
