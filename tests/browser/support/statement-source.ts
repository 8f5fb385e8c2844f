import { readFile } from 'node:fs/promises';

/** The in-repo copy of the published statement, as the content package keeps it. */
export const statementSourceFile = new URL(
  '../../../packages/statement-content/src/data/tmm-2023-06-03-joint-press-statement.txt',
  import.meta.url,
);

/**
 * The 8 body paragraphs, exactly as published: non-blank lines 4 to 11 of the source
 * (after the title, the date and the "In Japanese" link; before the PDF link).
 */
export async function sourceParagraphs(): Promise<string[]> {
  const text = await readFile(statementSourceFile, 'utf8');
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const paragraphs = lines.slice(3, 11);
  if (paragraphs.length !== 8) {
    throw new Error(
      `Expected 8 body paragraphs in ${statementSourceFile.pathname}, found ${paragraphs.length}`,
    );
  }
  return paragraphs;
}
