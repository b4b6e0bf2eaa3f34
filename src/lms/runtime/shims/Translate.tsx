import { Fragment, type ReactNode } from 'react';

import { readPackageData } from '../lmsState';

interface Descriptor {
  readonly id?: string;
  readonly message: string;
  readonly description?: string;
}

type Values = Readonly<Record<string, ReactNode>>;

function messageOf({ id, message }: Descriptor): string {
  return (id && readPackageData().messages[id]) || message;
}

/** Stands in for @docusaurus/Translate in LMS packages, with the locale's code.json messages. */
export function translate(
  descriptor: Descriptor,
  values?: Readonly<Record<string, unknown>>,
): string {
  return messageOf(descriptor).replace(/\{(\w+)\}/g, (whole, key: string) =>
    values && key in values ? String(values[key]) : whole,
  );
}

interface Props {
  readonly id?: string;
  readonly description?: string;
  readonly values?: Values;
  readonly children?: string;
}

export default function Translate({ id, description, values, children }: Props): ReactNode {
  const message = messageOf({ id, description, message: children ?? '' });
  const parts = message.split(/(\{\w+\})/g);
  return (
    <>
      {parts.map((part, index) => {
        const key = /^\{(\w+)\}$/.exec(part)?.[1];
        return (
          <Fragment key={index}>{key && values && key in values ? values[key] : part}</Fragment>
        );
      })}
    </>
  );
}
