import type { LoadedQuestion } from '@site/src/plugins/quizzes/loadQuizzes';

/** What the learner has answered so far, per question type. */
export type Response =
  | { type: 'single'; selected: string | null }
  | { type: 'multiple'; selected: string[] }
  | { type: 'true-false'; selected: boolean | null }
  | { type: 'categorize'; placed: Record<string, string> }
  | { type: 'order'; order: string[] }
  | { type: 'scenario'; revealed: number; actedAt: number | null };

/** A deterministic shuffle, so a retry is shuffled but the page renders the same on server and client. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** The starting response of a question; items to put in order never start in the right order. */
export function initialResponse(question: LoadedQuestion, seed: number): Response {
  switch (question.type) {
    case 'single':
      return { type: 'single', selected: null };
    case 'multiple':
      return { type: 'multiple', selected: [] };
    case 'true-false':
      return { type: 'true-false', selected: null };
    case 'categorize':
      return { type: 'categorize', placed: {} };
    case 'order': {
      let order = shuffle(question.items, seed);
      if (order.join() === question.items.join()) order = [...question.items].reverse();
      return { type: 'order', order };
    }
    case 'scenario':
      return { type: 'scenario', revealed: 1, actedAt: null };
  }
}

/** Whether the learner has given a complete answer that can be checked. */
export function isComplete(question: LoadedQuestion, response: Response): boolean {
  switch (response.type) {
    case 'single':
    case 'true-false':
      return response.selected !== null;
    case 'multiple':
      return response.selected.length > 0;
    case 'categorize':
      return (
        question.type === 'categorize' &&
        Object.keys(question.items).every((item) => Boolean(response.placed[item]))
      );
    case 'order':
      return true;
    case 'scenario':
      return response.actedAt !== null;
  }
}

export function isCorrect(question: LoadedQuestion, response: Response): boolean {
  switch (question.type) {
    case 'single':
      return response.type === 'single' && response.selected === question.correct[0];
    case 'multiple':
      return (
        response.type === 'multiple' &&
        response.selected.length === question.correct.length &&
        question.correct.every((option) => response.selected.includes(option))
      );
    case 'true-false':
      return response.type === 'true-false' && response.selected === question.correct;
    case 'categorize':
      return (
        response.type === 'categorize' &&
        Object.entries(question.items).every(
          ([item, category]) => response.placed[item] === category,
        )
      );
    case 'order':
      return response.type === 'order' && response.order.join() === question.items.join();
    case 'scenario': {
      if (response.type !== 'scenario' || response.actedAt === null) return false;
      const from = question.steps.indexOf(question.act_from);
      const by = question.act_by
        ? question.steps.indexOf(question.act_by)
        : question.steps.length - 1;
      return response.actedAt >= from && response.actedAt <= by;
    }
  }
}

/**
 * The items of an ordering answer that are out of place: the fewest items
 * that, moved, would give the right order. The others are already in the
 * right order among themselves (a longest increasing run of their right
 * positions), so one item moved from first to last counts as one mistake, not
 * as every item shifted by one. Naming only these tells the learner what to
 * move without giving away the whole order. In the learner's order.
 */
export function misplacedItems(question: LoadedQuestion, response: Response): string[] {
  if (question.type !== 'order' || response.type !== 'order') return [];
  const rightPositions = response.order.map((item) => question.items.indexOf(item));
  // Longest increasing subsequence, O(n²): an ordering question has a handful of items.
  const runLength = rightPositions.map(() => 1);
  const previous = rightPositions.map(() => -1);
  rightPositions.forEach((position, index) => {
    for (let earlier = 0; earlier < index; earlier += 1) {
      if (rightPositions[earlier]! < position && runLength[earlier]! + 1 > runLength[index]!) {
        runLength[index] = runLength[earlier]! + 1;
        previous[index] = earlier;
      }
    }
  });
  const inPlace = new Set<number>();
  let index = runLength.indexOf(Math.max(0, ...runLength));
  while (index >= 0) {
    inPlace.add(index);
    index = previous[index]!;
  }
  return response.order.filter((_, position) => !inPlace.has(position));
}

/** Score in whole percent. */
export function scorePercent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct / total) * 100);
}
