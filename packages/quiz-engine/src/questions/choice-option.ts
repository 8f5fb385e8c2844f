import { seededShuffle } from '../random/seeded-shuffle';

/** An option of a choice question (single choice or multiple select). */
export interface ChoiceOption {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  /** Shown when the learner chooses this option. */
  readonly feedback?: string;
}

/** The options' ids in the order an attempt shows them: shuffled when `shuffle`. */
export function optionOrder(
  options: readonly ChoiceOption[],
  shuffle: boolean,
  random: () => number,
): string[] {
  const ids = options.map((option) => option.id);
  return shuffle ? seededShuffle(ids, random) : ids;
}

/** The feedback of the options chosen, in the order the options are written. */
export function chosenOptionNotes(
  options: readonly ChoiceOption[],
  chosenIds: readonly string[],
): string[] {
  const chosen = new Set(chosenIds);
  return options.flatMap((option) =>
    chosen.has(option.id) && option.feedback ? [option.feedback] : [],
  );
}
