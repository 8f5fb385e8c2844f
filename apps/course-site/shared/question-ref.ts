/**
 * A question of the course as progress refers to it: the quiz that holds it and its id there,
 * with the content hash it has (or had when answered) and the key points it is on. Mastery
 * counts answers against the questions that exist now, "Review now" picks among them, and a
 * recorded review answer names the real quiz and question this way.
 */
export interface QuestionRef {
  readonly quizId: string;
  readonly questionId: string;
  /** Hash of the question's content; a changed hash means a changed question. */
  readonly questionHash?: string;
  /** The key points it is on; the first is its main subject, which mastery counts it for. */
  readonly keyPointIds: readonly string[];
  /** Its question type (`single-choice`, …), for mastery's "correct on two types"; absent in stored records. */
  readonly questionType?: string;
}

/**
 * The one key of a question across the course: `<quiz id>--<question id>`. Quiz and question ids
 * are kebab-case (the quiz engine refuses any other), so `--` never occurs inside one and two
 * questions never share a key. A key is only ever compared, never taken apart.
 * @example questionKey({ quizId: 'the-meeting', questionId: 'who-met' }) // 'the-meeting--who-met'
 */
export function questionKey(question: Pick<QuestionRef, 'quizId' | 'questionId'>): string {
  return `${question.quizId}--${question.questionId}`;
}
