// The lessons' order, titles and key points, for links from quiz results back to the lessons.
// NOTE: a small map module rather than build-time data: the docs plugin publishes no front matter
// to the client, and a plugin of our own would ship every lesson's metadata to every page for
// twelve ids. `course-lessons.test.ts` reads each lesson's front matter (title, slug,
// key_points) and fails when this list and the lessons disagree.

/** A lesson of the course, as its front matter describes it. */
export interface CourseLesson {
  /** The lesson's slug without its slash; lesson progress and its quiz are keyed to it. */
  readonly id: string;
  /** Place in the course (the sidebar position). */
  readonly number: number;
  readonly title: string;
  /** The key points the lesson lists in its `key_points` front matter. */
  readonly keyPoints: readonly string[];
  /** Whether the lesson teaches its key points (the self-assessment only tests them). */
  readonly teaches: boolean;
}

/** The course's lessons in order. */
export const courseLessons = [
  {
    id: 'the-meeting',
    number: 1,
    title: 'The meeting: who, where, when and why',
    keyPoints: ['denuclearization', 'free-open-indo-pacific', 'defensive-exercises'],
    teaches: true,
  },
  {
    id: 'dprk-threat',
    number: 2,
    title: 'The DPRK threat and denuclearization',
    keyPoints: ['denuclearization', 'condemn-space-launch'],
    teaches: true,
  },
  {
    id: 'missile-warning-data',
    number: 3,
    title: 'Sharing missile warning data in real time',
    keyPoints: ['missile-warning-data'],
    teaches: true,
  },
  {
    id: 'information-sharing',
    number: 4,
    title: 'Information sharing and confidence building',
    keyPoints: ['information-sharing', 'confidence-building'],
    teaches: true,
  },
  {
    id: 'exercises-and-cooperation',
    number: 5,
    title: 'Exercises and new areas of cooperation',
    keyPoints: ['free-open-indo-pacific', 'new-exercises', 'defensive-exercises'],
    teaches: true,
  },
  {
    id: 'rule-of-law',
    number: 6,
    title: 'The rule of law and the wider order',
    keyPoints: ['rule-of-law', 'ukraine', 'taiwan-strait-unclos'],
    teaches: true,
  },
  {
    id: 'alliance-commitments',
    number: 7,
    title: 'Alliance commitments and extended deterrence',
    keyPoints: ['extended-deterrence'],
    teaches: true,
  },
  {
    id: 'self-assessment',
    number: 8,
    title: 'Self-assessment: the whole statement',
    keyPoints: [
      'denuclearization',
      'condemn-space-launch',
      'missile-warning-data',
      'information-sharing',
      'confidence-building',
      'free-open-indo-pacific',
      'new-exercises',
      'defensive-exercises',
      'rule-of-law',
      'ukraine',
      'taiwan-strait-unclos',
      'extended-deterrence',
    ],
    teaches: false,
  },
] as const satisfies readonly CourseLesson[];

/** The address of a lesson page. */
export function lessonPath(lesson: CourseLesson): string {
  return `/lessons/${lesson.id}`;
}

/** The lesson whose page is at `pathname` (a trailing slash is ignored), if any. */
export function lessonAt(pathname: string): CourseLesson | undefined {
  const path = pathname.replace(/\/+$/, '');
  return courseLessons.find((lesson) => lessonPath(lesson) === path);
}

/** The lessons that teach a key point, in course order. */
export function lessonsTeaching(keyPointId: string): CourseLesson[] {
  return courseLessons.filter(
    (lesson) => lesson.teaches && lesson.keyPoints.some((id) => id === keyPointId),
  );
}
