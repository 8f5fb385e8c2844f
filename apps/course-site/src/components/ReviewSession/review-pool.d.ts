// Written by the progress plugin (plugins/progress); typed unknown here and parsed on load.
declare module '@generated/tmm-progress/default/review-pool.json' {
  const pool: unknown;
  export default pool;
}
