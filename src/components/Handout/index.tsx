import type { ReactNode } from 'react';
import Heading from '@theme/Heading';

import LocalContacts from '@site/src/components/LocalContacts';
import type { Handout as HandoutData, HandoutBlock } from '@site/src/plugins/handouts/schema';
import styles from './styles.module.css';

function BlockHeading({ text, id }: { readonly text?: string; readonly id: string }): ReactNode {
  return text ? (
    <Heading as="h2" id={id} className={styles.blockHeading}>
      {text}
    </Heading>
  ) : null;
}

/**
 * A wide table (the social map has 12 columns) scrolls inside its own box on a
 * narrow screen, never the page; the box can be focused, so it scrolls by keyboard
 * too. In print the box is plain and the table fits the sheet.
 */
function TableScroll({
  labelledBy,
  children,
}: {
  readonly labelledBy?: string;
  readonly children: ReactNode;
}): ReactNode {
  return (
    <div
      className={styles.tableScroll}
      tabIndex={0}
      role={labelledBy ? 'region' : undefined}
      aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}

/** The header row of a handout table or board: one column header per column. */
function ColumnHeaders({ columns }: { readonly columns: readonly string[] }): ReactNode {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function Block({
  block,
  headingId,
}: {
  readonly block: HandoutBlock;
  readonly headingId?: string;
}): ReactNode {
  switch (block.type) {
    case 'text':
      return block.paragraphs.map((paragraph) => <p key={paragraph}>{paragraph}</p>);
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <TableScroll labelledBy={headingId}>
          <table className={styles.table}>
            <ColumnHeaders columns={block.columns} />
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, cellIndex) => (
                    <td key={cellIndex}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      );
    case 'cards':
      // Dashed borders are the cut lines; a card never breaks over a page.
      return (
        <ul className={styles.cards}>
          {block.cards.map((card) => (
            <li key={card.title} className={styles.card}>
              <p className={styles.cardTitle}>{card.title}</p>
              {card.text && <p>{card.text}</p>}
              {card.details && (
                <dl className={styles.cardDetails}>
                  {card.details.map((detail) => (
                    <div key={detail.label}>
                      <dt>{detail.label}</dt>
                      <dd>{detail.text}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {card.back && <p className={styles.cardBack}>{card.back}</p>}
            </li>
          ))}
        </ul>
      );
    case 'board':
      return (
        <TableScroll labelledBy={headingId}>
          <table className={styles.board}>
            <ColumnHeaders columns={block.columns} />
            <tbody>
              <tr>
                {block.columns.map((column) => (
                  <td key={column} />
                ))}
              </tr>
            </tbody>
          </table>
        </TableScroll>
      );
    case 'scale': {
      const points = Array.from({ length: block.max - block.min + 1 }, (_, i) => block.min + i);
      return (
        <div className={styles.scale}>
          {(block.low || block.high) && (
            <p className={styles.scaleEnds}>
              <span>{`${block.min} = ${block.low ?? ''}`}</span>
              <span>{`${block.max} = ${block.high ?? ''}`}</span>
            </p>
          )}
          {block.items.map((item) => (
            <div key={item} className={styles.scaleRow}>
              <p className={styles.scaleItem}>{item}</p>
              <ol className={styles.scalePoints}>
                {points.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      );
    }
    case 'steps':
      return (
        <ol className={styles.steps}>
          {block.steps.map((step) => (
            <li key={step.title} className={styles.step}>
              <p className={styles.stepTitle}>{step.title}</p>
              {step.text && <p>{step.text}</p>}
              {step.local && <LocalContacts placeholder={step.placeholder} />}
              {step.after && <p>{step.after}</p>}
            </li>
          ))}
        </ol>
      );
    case 'lines':
      return (
        <ol className={styles.prompts}>
          {block.prompts.map((prompt) => (
            <li key={prompt}>
              <p>{prompt}</p>
              {Array.from({ length: block.lines }, (_, i) => (
                <span key={i} className={styles.writingLine} />
              ))}
            </li>
          ))}
        </ol>
      );
  }
}

/** A handout rendered from its data, ready for screen and A4 print. */
export default function Handout({ handout }: { readonly handout: HandoutData }): ReactNode {
  return (
    <div className={handout.orientation === 'landscape' ? styles.landscape : undefined}>
      {handout.intro && <p className={styles.intro}>{handout.intro}</p>}
      {handout.blocks.map((block, index) => {
        const headingId = `handout-block-${index + 1}`;
        return (
          <section key={index} className={styles.block}>
            <BlockHeading text={block.heading} id={headingId} />
            <Block block={block} headingId={block.heading ? headingId : undefined} />
          </section>
        );
      })}
    </div>
  );
}
