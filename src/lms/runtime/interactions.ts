/**
 * A checked quiz answer as the LMS standards describe an interaction, as pure
 * functions of the question and the learner's response (no browser needed):
 * an xAPI interaction activity for cmi5 "answered" statements, and the
 * cmi.interactions.n elements of SCORM 1.2.
 *
 * Question types map to the same interaction type in both standards:
 * single, multiple and scenario → choice, true-false → true-false,
 * categorize → matching, order → sequencing. A scenario is a choice of the
 * step at which the learner acts: grading accepts any step from act_from to
 * act_by (or the last), so each of those steps is one correct response
 * pattern. That tells an LMS more than "other", whose patterns have no syntax.
 */
import type { LoadedQuestion } from '../../plugins/quizzes/loadQuizzes';
import type { Response } from '../../components/Quiz/grading';

export const XAPI_INTERACTION_ACTIVITY = 'http://adlnet.gov/expapi/activities/cmi.interaction';

type InteractionType = 'choice' | 'true-false' | 'matching' | 'sequencing';

const INTERACTION_TYPE: Record<LoadedQuestion['type'], InteractionType> = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  categorize: 'matching',
  order: 'sequencing',
  scenario: 'choice',
};

export type LanguageMap = Record<string, string>;

export interface InteractionComponent {
  readonly id: string;
  readonly description: LanguageMap;
}

/** The definition of an xAPI interaction activity (xAPI 1.0.3, "Interaction Activities"). */
export interface XapiInteractionDefinition {
  readonly type: typeof XAPI_INTERACTION_ACTIVITY;
  readonly name: LanguageMap;
  readonly interactionType: InteractionType;
  readonly correctResponsesPattern: string[];
  readonly choices?: InteractionComponent[];
  readonly source?: InteractionComponent[];
  readonly target?: InteractionComponent[];
}

/** The ids a question's response is made of, per xAPI component list, and their texts. */
interface Components {
  readonly choices?: readonly string[];
  readonly choiceTexts?: Readonly<Record<string, string>>;
  readonly source?: readonly string[];
  readonly target?: readonly string[];
}

/**
 * Ids in the order the question defines them. A response, like a pattern,
 * names them in that order, whatever order the learner clicked them in or a
 * retry shuffled them in, so that a right answer is the pattern itself.
 */
function components(question: LoadedQuestion): Components {
  const { text } = question;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { choices: question.options, choiceTexts: text.options };
    case 'order':
      return { choices: question.items, choiceTexts: text.items };
    case 'scenario':
      return { choices: question.steps, choiceTexts: text.steps };
    case 'categorize':
      return { source: Object.keys(question.items), target: question.categories };
    case 'true-false':
      return {};
  }
}

/** One part of a response: an id, or (matching) a source id and its target id. */
type Part = readonly [id: string] | readonly [source: string, target: string];

const one = (id: string): Part => [id];

/** The steps of a scenario at which acting counts as right (as isCorrect in grading.ts). */
function scenarioActSteps(question: Extract<LoadedQuestion, { type: 'scenario' }>): string[] {
  const from = question.steps.indexOf(question.act_from);
  const by = question.act_by ? question.steps.indexOf(question.act_by) : question.steps.length - 1;
  return question.steps.slice(from, by + 1);
}

/** Every correct response (an LMS takes a response matching any one as correct). */
function correctResponses(question: LoadedQuestion): Part[][] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [question.options.filter((option) => question.correct.includes(option)).map(one)];
    case 'true-false':
      return [[[String(question.correct)]]];
    case 'categorize':
      return [Object.entries(question.items)];
    case 'order':
      return [question.items.map(one)];
    case 'scenario':
      return scenarioActSteps(question).map((step) => [[step]]);
  }
}

/** The learner's response, in the same order as its correct response. */
function responseParts(question: LoadedQuestion, response: Response): Part[] {
  switch (response.type) {
    case 'single':
      return response.selected === null ? [] : [[response.selected]];
    case 'multiple':
      return (components(question).choices ?? [])
        .filter((option) => response.selected.includes(option))
        .map(one);
    case 'true-false':
      return response.selected === null ? [] : [[String(response.selected)]];
    case 'categorize':
      return (components(question).source ?? []).flatMap((item): Part[] => {
        const category = response.placed[item];
        return category ? [[item, category]] : [];
      });
    case 'order':
      return response.order.map(one);
    case 'scenario': {
      const step =
        response.actedAt === null ? undefined : components(question).choices?.[response.actedAt];
      return step ? [[step]] : [];
    }
  }
}

// xAPI response patterns: "[,]" between parts, "[.]" between a source and its target.
const xapiPattern = (parts: readonly Part[]) => parts.map((part) => part.join('[.]')).join('[,]');

/** The activity definition of a question, its texts in `lang` (the language of the quiz text). */
export function xapiInteraction(question: LoadedQuestion, lang: string): XapiInteractionDefinition {
  const { choices, choiceTexts, source, target } = components(question);
  const described = (ids: readonly string[], texts: Readonly<Record<string, string>> = {}) =>
    ids.map((id) => ({ id, description: { [lang]: texts[id] ?? id } }));
  return {
    type: XAPI_INTERACTION_ACTIVITY,
    name: { [lang]: question.text.prompt },
    interactionType: INTERACTION_TYPE[question.type],
    correctResponsesPattern: correctResponses(question).map(xapiPattern),
    ...(choices && { choices: described(choices, choiceTexts) }),
    ...(source && { source: described(source, question.text.items) }),
    ...(target && { target: described(target, question.text.categories) }),
  };
}

/** The learner's response as an xAPI response string (result.response). */
export function xapiResponse(question: LoadedQuestion, response: Response): string {
  return xapiPattern(responseParts(question, response));
}

/**
 * SCORM 1.2 (RTE 3.4.2.7) knows identifiers in responses only as single
 * characters 0-9 and a-z: a choice is named by its position in the question
 * (options named a, b, c… in that order keep their names).
 */
const SCORM12_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** "HH:MM:SS", the CMITime of SCORM 1.2: the learner's clock time. */
export function scorm12Time(at: Date): string {
  return [at.getHours(), at.getMinutes(), at.getSeconds()]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
}

/**
 * The cmi.interactions.<index>.* elements of a checked answer, in the order
 * to set them (the id first: it creates the interaction), or none when the
 * question has more choices than SCORM 1.2 can name.
 */
export function scorm12Interaction(
  index: number,
  question: LoadedQuestion,
  response: Response,
  correct: boolean,
  at: Date,
): [element: string, value: string][] {
  const { choices = [], source = [], target = [] } = components(question);
  if (Math.max(choices.length, source.length, target.length) > SCORM12_CHARACTERS.length) return [];
  const character = (ids: readonly string[], id: string) =>
    SCORM12_CHARACTERS[ids.indexOf(id)] ?? '';
  const scorm12Part = (part: Part) =>
    part.length === 2
      ? `${character(source, part[0])}.${character(target, part[1])}`
      : character(choices, part[0]);
  const feedback = (parts: readonly Part[]) =>
    question.type === 'true-false'
      ? parts.map(([value]) => (value === 'true' ? 't' : 'f')).join('')
      : parts.map(scorm12Part).join(',');
  // Curly brackets: every listed choice (or pair) must be given for the answer to be correct.
  const pattern = (parts: readonly Part[]) =>
    parts.length > 1 && (question.type === 'multiple' || question.type === 'categorize')
      ? `{${feedback(parts)}}`
      : feedback(parts);
  const prefix = `cmi.interactions.${index}`;
  return [
    [`${prefix}.id`, question.id],
    [`${prefix}.type`, INTERACTION_TYPE[question.type]],
    [`${prefix}.time`, scorm12Time(at)],
    // Every question counts the same in the score.
    [`${prefix}.weighting`, '1'],
    [`${prefix}.student_response`, feedback(responseParts(question, response))],
    [`${prefix}.result`, correct ? 'correct' : 'wrong'],
    ...correctResponses(question).map((parts, n): [string, string] => [
      `${prefix}.correct_responses.${n}.pattern`,
      pattern(parts),
    ]),
  ];
}
