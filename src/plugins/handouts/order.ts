import trainerSidebars from '../../../sidebars.trainers';
import type { Handout } from './schema';

/** The groups of the trainer kit's handout list, in the order a trainer prepares them. */
export const HANDOUT_GROUPS = ['early-identification', 'safe-future', 'both'] as const;
export type HandoutGroup = (typeof HANDOUT_GROUPS)[number];

/** Exercise ids in the order of the two days: the trainer kit's sidebar is the one list of them. */
export function exerciseOrder(): string[] {
  const ids: string[] = [];
  const walk = (items: unknown): void => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (typeof item === 'string') {
        const match = /^exercises\/(.+)$/.exec(item);
        if (match) ids.push(match[1]!);
      } else if (item && typeof item === 'object' && 'items' in item) walk(item.items);
    }
  };
  for (const items of Object.values(trainerSidebars)) walk(items);
  return ids;
}

const exercisesOf = (handout: Handout): string[] =>
  typeof handout.exercise === 'string' ? [handout.exercise] : (handout.exercise ?? []);

/** The day a handout is listed under: its `day`, else the day of its exercises (ei-… or sf-…). */
export function handoutGroup(handout: Handout): HandoutGroup {
  if (handout.day) return handout.day;
  const days = new Set(
    exercisesOf(handout).map((id) =>
      id.startsWith('sf-') ? 'safe-future' : 'early-identification',
    ),
  );
  return days.size === 1 ? [...days][0]! : 'both';
}

/**
 * Where a handout stands within its day: by its first exercise in the day's order; a handout
 * for many exercises (the day's programme) before one for a single exercise; one for no
 * exercise (a form) last.
 */
export function handoutPosition(handout: Handout, order: readonly string[]): [number, number] {
  const positions = exercisesOf(handout)
    .map((id) => order.indexOf(id))
    .filter((index) => index >= 0);
  if (positions.length === 0) return [Number.MAX_SAFE_INTEGER, 0];
  return [Math.min(...positions), -positions.length];
}
