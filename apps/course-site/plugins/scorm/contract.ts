// The SCORM plugin's contract with the site: what it hands the runtime adapter as global data.
// Browser-safe: the adapter (`src/scorm`) imports it.

/** The two versions of SCORM the course is packaged for. */
export type ScormVersion = '2004' | '1.2';

/** The plugin's name: its global data is `globalData['tmm-scorm'].default`. */
export const SCORM_PLUGIN_NAME = 'tmm-scorm';

/** What the SCORM runtime adapter needs to know of the course to report to an LMS. */
export interface ScormCourse {
  /** The lessons' ids in course order: completion is the share of them completed. */
  readonly lessonIds: readonly string[];
  /**
   * The self-assessment (the `assessment: true` lesson) and the quiz it embeds, with that quiz's
   * pass mark: success and score come from its latest attempt. Null when the course has none.
   */
  readonly assessment: {
    readonly lessonId: string;
    readonly quizId: string;
    readonly passMark: number;
  } | null;
}

/** Whether a value is the plugin's global data (the adapter reads it untyped). */
export function isScormCourse(value: unknown): value is ScormCourse {
  if (typeof value !== 'object' || value === null) return false;
  const course = value as Partial<ScormCourse>;
  if (!Array.isArray(course.lessonIds)) return false;
  if (!course.lessonIds.every((id) => typeof id === 'string')) return false;
  const { assessment } = course;
  if (assessment === null) return true;
  return (
    typeof assessment === 'object' &&
    typeof assessment.lessonId === 'string' &&
    typeof assessment.quizId === 'string' &&
    typeof assessment.passMark === 'number'
  );
}
