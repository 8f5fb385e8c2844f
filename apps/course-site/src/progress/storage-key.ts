/**
 * The localStorage key the course keeps progress under. A module of its own, so that a page
 * that only asks whether this browser holds progress (`ContinueLearning`) carries nothing else.
 */
export const PROGRESS_STORAGE_KEY = 'tmm-course-progress';
