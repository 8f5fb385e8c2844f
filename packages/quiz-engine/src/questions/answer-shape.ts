/** Whether a value is a plain object (answers come from the UI or from storage, so they are checked). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value is an array of strings. */
export const isStringArray = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Whether a value is an object whose values are all strings. */
export const isStringRecord = (value: unknown): value is Readonly<Record<string, string>> =>
  isRecord(value) && Object.values(value).every((item) => typeof item === 'string');

/** The message for an answer that names things the question does not have. */
export const MISFIT = 'This answer does not fit the question.';
