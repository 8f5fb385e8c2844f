// The SCORM build's runtime adapter (`COURSE_TARGET=scorm` adds this client module; the normal
// site carries none of it). Launched by an LMS, it finds the LMS's API by the standard search,
// resumes from `suspend_data`, reports the learner's standing and every graded answer, commits
// after each finished quiz or completed lesson (and at most every 10 seconds otherwise), and
// ends the session when the page is hidden for good.
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import globalData from '@generated/globalData';
import { isScormCourse, SCORM_PLUGIN_NAME } from '../../plugins/scorm/contract';
import { observeQuizzes } from '../lib/quiz-observers';
import { browserProgressStore } from '../progress/use-progress';
import { findScormApi, type WindowLike } from './api';
import { showScormNotice } from './notice';
import { ScormSession } from './session';

/** The longest the LMS waits for a commit of small changes (a saved draft answer). */
const COMMIT_INTERVAL_MS = 10_000;

function launch(): void {
  const course = globalData[SCORM_PLUGIN_NAME]?.default;
  const store = browserProgressStore();
  if (!isScormCourse(course) || store === null) return;
  const api = findScormApi(window as unknown as WindowLike);
  if (api === null) {
    showScormNotice({
      kind: 'not-connected',
      message:
        'This copy of the course is made to run inside a learning management system, and none was found. Your progress is kept in this browser only, and will not reach a gradebook.',
    });
    return;
  }
  const session = new ScormSession({ api, course, store, onNotice: showScormNotice });
  if (!session.start()) return;

  let committed = { key: '', at: Date.now() };
  const milestone = () => {
    const document = store.getSnapshot();
    return `${document.attempts.length}:${Object.keys(document.lessons).length}`;
  };
  committed.key = milestone();
  store.subscribe(() => {
    session.report();
    const key = milestone();
    if (key !== committed.key || Date.now() - committed.at >= COMMIT_INTERVAL_MS) {
      session.commit();
      committed = { key, at: Date.now() };
    }
  });
  observeQuizzes((quiz, context) => session.observeQuiz(quiz, context));
  window.addEventListener('pagehide', () => session.end());
}

if (ExecutionEnvironment.canUseDOM) launch();
