import { useId, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';

import type { LoadedQuestion } from '@site/src/plugins/quizzes/loadQuizzes';
import type { Response } from './grading';
import styles from './styles.module.css';

interface Props {
  readonly question: LoadedQuestion;
  readonly response: Response;
  readonly onChange: (response: Response) => void;
  /** Option order for this attempt. */
  readonly optionOrder: readonly string[];
  /** Answers cannot change once checked. */
  readonly locked: boolean;
  /** Items of a checked, wrong ordering answer that are out of place: marked in words, not colour alone. */
  readonly misplaced?: readonly string[];
  readonly announce: (message: string) => void;
}

/** One question, as native form controls: everything works by keyboard and screen reader. */
export default function QuestionView(props: Props): ReactNode {
  const { question, response, onChange, optionOrder, locked } = props;
  const name = useId();
  const { text } = question;

  if (question.type === 'single' && response.type === 'single') {
    return (
      <fieldset className={styles.fieldset} disabled={locked}>
        <legend className={styles.prompt}>{text.prompt}</legend>
        {optionOrder.map((option) => (
          <label key={option} className={styles.choice}>
            <input
              type="radio"
              name={name}
              checked={response.selected === option}
              onChange={() => onChange({ type: 'single', selected: option })}
            />
            <span>{text.options?.[option]}</span>
          </label>
        ))}
      </fieldset>
    );
  }

  if (question.type === 'multiple' && response.type === 'multiple') {
    return (
      <fieldset className={styles.fieldset} disabled={locked}>
        <legend className={styles.prompt}>
          {text.prompt}{' '}
          <span className={styles.hint}>
            <Translate
              id="quiz.multiple.hint"
              description="Hint under a question with several right answers">
              (Choose all that apply.)
            </Translate>
          </span>
        </legend>
        {optionOrder.map((option) => (
          <label key={option} className={styles.choice}>
            <input
              type="checkbox"
              checked={response.selected.includes(option)}
              onChange={(event) =>
                onChange({
                  type: 'multiple',
                  selected: event.target.checked
                    ? [...response.selected, option]
                    : response.selected.filter((selected) => selected !== option),
                })
              }
            />
            <span>{text.options?.[option]}</span>
          </label>
        ))}
      </fieldset>
    );
  }

  if (question.type === 'true-false' && response.type === 'true-false') {
    const choices: [boolean, string][] = [
      [
        true,
        translate({
          id: 'quiz.trueFalse.true',
          message: 'True',
          description: 'Answer option of a true/false question',
        }),
      ],
      [
        false,
        translate({
          id: 'quiz.trueFalse.false',
          message: 'False',
          description: 'Answer option of a true/false question',
        }),
      ],
    ];
    return (
      <fieldset className={styles.fieldset} disabled={locked}>
        <legend className={styles.prompt}>{text.prompt}</legend>
        {choices.map(([value, label]) => (
          <label key={label} className={styles.choice}>
            <input
              type="radio"
              name={name}
              checked={response.selected === value}
              onChange={() => onChange({ type: 'true-false', selected: value })}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
    );
  }

  if (question.type === 'categorize' && response.type === 'categorize') {
    return (
      <fieldset className={styles.fieldset} disabled={locked}>
        <legend className={styles.prompt}>{text.prompt}</legend>
        {optionOrder.map((item) => (
          <div key={item} className={styles.categorizeRow}>
            <span id={`${name}-${item}`}>{text.items?.[item]}</span>
            <select
              aria-labelledby={`${name}-${item}`}
              value={response.placed[item] ?? ''}
              onChange={(event) =>
                onChange({
                  type: 'categorize',
                  placed: { ...response.placed, [item]: event.target.value },
                })
              }>
              <option value="">
                {translate({
                  id: 'quiz.categorize.choose',
                  message: 'Choose a category',
                  description: 'Empty choice in the category menu of a sorting question',
                })}
              </option>
              {question.categories.map((category) => (
                <option key={category} value={category}>
                  {text.categories?.[category]}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
    );
  }

  if (question.type === 'order' && response.type === 'order') {
    const move = (index: number, by: -1 | 1) => {
      const order = [...response.order];
      const [item] = order.splice(index, 1);
      order.splice(index + by, 0, item!);
      onChange({ type: 'order', order });
      props.announce(
        translate(
          {
            id: 'quiz.order.moved',
            message: '{item} is now number {position} of {count}.',
            description: 'Announced after moving an item in an ordering question',
          },
          { item: text.items?.[item!] ?? '', position: index + by + 1, count: order.length },
        ),
      );
    };
    return (
      <fieldset className={styles.fieldset} disabled={locked}>
        <legend className={styles.prompt}>{text.prompt}</legend>
        <ol className={styles.orderList}>
          {response.order.map((item, index) => (
            <li
              key={item}
              className={
                props.misplaced?.includes(item)
                  ? `${styles.orderItem} ${styles.orderItemMisplaced}`
                  : styles.orderItem
              }>
              <span className={styles.orderLabel}>
                {text.items?.[item]}
                {props.misplaced?.includes(item) && ' '}
                {props.misplaced?.includes(item) && (
                  <span className={styles.misplacedMark}>
                    <Translate
                      id="quiz.order.misplacedMark"
                      description="Mark on an item of a wrong ordering answer that is out of place">
                      Out of place
                    </Translate>
                  </span>
                )}
              </span>
              <span className={styles.orderButtons}>
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={translate(
                    {
                      id: 'quiz.order.up',
                      message: 'Move up: {item}',
                      description: 'Button that moves an item up',
                    },
                    { item: text.items?.[item] ?? '' },
                  )}>
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  disabled={index === response.order.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={translate(
                    {
                      id: 'quiz.order.down',
                      message: 'Move down: {item}',
                      description: 'Button that moves an item down',
                    },
                    { item: text.items?.[item] ?? '' },
                  )}>
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
      </fieldset>
    );
  }

  if (question.type === 'scenario' && response.type === 'scenario') {
    const shown = question.steps.slice(0, response.revealed);
    const last = response.revealed >= question.steps.length;
    return (
      <fieldset className={styles.fieldset} disabled={locked}>
        <legend className={styles.prompt}>{text.prompt}</legend>
        <ol className={styles.scenarioSteps}>
          {shown.map((step, index) => (
            <li key={step} className={response.actedAt === index ? styles.actedStep : undefined}>
              {text.steps?.[step]}
            </li>
          ))}
        </ol>
        {response.actedAt === null && (
          <div className={styles.actions}>
            <button
              type="button"
              className="button button--primary"
              onClick={() => onChange({ ...response, actedAt: response.revealed - 1 })}>
              <Translate
                id="quiz.scenario.act"
                description="Button: the learner would act on the signals shown so far">
                I would act now
              </Translate>
            </button>
            {!last && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  onChange({ ...response, revealed: response.revealed + 1 });
                  props.announce(text.steps?.[question.steps[response.revealed]!] ?? '');
                }}>
                <Translate
                  id="quiz.scenario.next"
                  description="Button: reveal the next signal of the scenario">
                  Show the next signal
                </Translate>
              </button>
            )}
          </div>
        )}
      </fieldset>
    );
  }

  return null;
}
