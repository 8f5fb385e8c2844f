/**
 * The quiz id every "Review now" session plays under: its unfinished session is saved under it,
 * as a quiz's is. No course quiz may take it (the quiz checker refuses it).
 */
export const REVIEW_QUIZ_ID = 'review-session';

/** Quiz ids the course keeps for itself. */
export const RESERVED_QUIZ_IDS: readonly string[] = [REVIEW_QUIZ_ID];
