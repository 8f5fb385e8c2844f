/** The course's title: the site's title, and the SCORM package's organization and SCO. */
export const COURSE_TITLE = 'The June 3, 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting';
