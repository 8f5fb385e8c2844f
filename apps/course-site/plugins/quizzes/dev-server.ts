/**
 * Whether Docusaurus runs its development server (`docusaurus start`) rather than a build:
 * `docusaurus build` sets NODE_ENV to production, `start` to development (`build --dev` too,
 * so the command is checked as well: every build must fail on a broken quiz).
 */
export function isDevServer(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv,
): boolean {
  return env.NODE_ENV === 'development' && !argv.includes('build');
}
