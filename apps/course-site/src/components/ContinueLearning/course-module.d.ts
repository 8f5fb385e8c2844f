// Written by the progress plugin (plugins/progress); typed unknown here and parsed on load.
declare module '@generated/tmm-progress/default/course.json' {
  const course: unknown;
  export default course;
}
