/**
 * A value built on first use and kept. For schemas a page may never use: zod does its work when
 * a schema is made, so schemas made at module load cost every page that loads the module.
 * @example const schema = lazily(() => z.object({ id: z.string() })); schema().parse(value);
 */
export function lazily<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
