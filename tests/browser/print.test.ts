import { writeFile } from 'node:fs/promises';
import { contextNotes, glossary } from '@tmm/statement-content';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseQuiz } from '../support/course-quizzes';
import { launchBrowser } from './support/browser';
import { openSitePage } from './support/site-page';

// Pages as they print: Chromium's own PDF output (page.pdf, the print path of the browser),
// read back with PDF.js. Set PRINT_PDFS to a folder to keep the PDFs and look at them.

const lesson = courseQuiz('the-meeting').quiz;

/** The page printed to PDF by Chromium, as the text PDF.js finds on its pages, spaces folded. */
async function printedText(page: Page, name: string): Promise<string> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const folder = process.env.PRINT_PDFS;
  if (folder !== undefined && folder !== '') await writeFile(`${folder}/${name}.pdf`, pdf);
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    // Runs of text within a line join as they are (a ligature such as "fi" is a run of its
    // own); a line break is a space.
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join(''),
    );
  }
  await document.destroy();
  return fold(pages.join(' '));
}

/** Text with its Markdown marks dropped and runs of white space made one space. */
function fold(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

/** A few words from the start of a text: enough to find it, short enough not to cross a line. */
function opening(text: string, words = 5): string {
  return fold(text).split(' ').slice(0, words).join(' ');
}

describe('printed pages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`prints a lesson's quiz as its questions, without answers, and where to take it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const site = await openSitePage(browser, { javaScriptEnabled });
      await site.visit('/lessons/the-meeting');
      const text = await printedText(site.page, `lesson-js-${javaScriptEnabled ? 'on' : 'off'}`);

      expect(text).toContain(`${fold(lesson.title)}: the questions`);
      for (const question of lesson.questions) expect(text).toContain(opening(question.prompt));
      expect(text).toContain('The answers are not printed.');
      expect(text).toMatch(
        javaScriptEnabled
          ? /on this lesson’s page: http:\/\/127\.0\.0\.1:\d+\/lessons\/the-meeting/
          : /on this lesson’s page of the course\./,
      );
      // Nothing of the quiz on screen, and no answer: no feedback, explanation or hint.
      for (const words of ['Loading the quiz', 'Start the quiz', 'This quiz needs JavaScript'])
        expect(text).not.toContain(words);
      for (const question of lesson.questions) {
        for (const said of [question.explanation, ...question.hints].filter(
          (line): line is string => line !== undefined,
        ))
          expect(text, `${question.id} gives away its answer`).not.toContain(opening(said, 8));
      }
    });
  }

  it('prints the statement with every note and term list open, and no controls', async () => {
    const site = await openSitePage(browser);
    await site.visit('/statement');
    const onScreen = await site.page.locator('main details:not([open])').count();
    expect(onScreen, 'closed notes on screen').toBeGreaterThan(0);

    const text = await printedText(site.page, 'statement');

    for (const note of contextNotes()) expect(text, note.id).toContain(opening(note.body, 8));
    for (const term of glossary()) expect(text, term.id).toContain(opening(term.definition, 8));
    for (const control of ['Highlight key points', 'Show only'])
      expect(text).not.toContain(control);
  });
});
