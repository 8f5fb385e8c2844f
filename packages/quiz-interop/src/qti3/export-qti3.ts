import {
  blankSegments,
  type InlineNode,
  parseInlineMarkdown,
  type Question,
  type QuestionOf,
  type Quiz,
} from '@tmm/quiz-engine';
import { evidenceNote } from '../evidence-note';
import type { InteropWarning } from '../interop-warning';
import type { SourceText } from '../statement-index';
import { element, escapeXml, textElement, XML_DECLARATION } from '../xml';

/** A file of the content package, by its path inside the package. */
export interface PackageFile {
  readonly path: string;
  readonly text: string;
}

/** A QTI 3.0 content package, and what QTI could not hold. */
export interface Qti3Export {
  readonly files: readonly PackageFile[];
  readonly warnings: readonly InteropWarning[];
}

const ASI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const ASI_SCHEMA = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** An identifier QTI accepts (a letter first; letters, digits, `-`, `_`, `.`). */
const qtiId = (...parts: string[]) => parts.join('.').replace(/[^A-Za-z0-9_.-]/g, '_');

/** The item's identifier and its place in the package. */
export const itemIdentifier = (quiz: Quiz, question: Question) =>
  qtiId('item', quiz.id, question.id);
export const itemPath = (quiz: Quiz, question: Question) => `items/${quiz.id}/${question.id}.xml`;
export const testPath = (quiz: Quiz) => `tests/${quiz.id}.xml`;

/** Inline Markdown as XHTML: emphasis, strong, code and links; everything else text. */
function nodeXhtml(node: InlineNode): string {
  switch (node.type) {
    case 'text':
      return escapeXml(node.value);
    case 'code':
      return `<code>${escapeXml(node.value)}</code>`;
    case 'emphasis':
      return `<em>${xhtml(node.children)}</em>`;
    case 'strong':
      return `<strong>${xhtml(node.children)}</strong>`;
    case 'link':
      return `<a href="${escapeXml(node.href)}">${xhtml(node.children)}</a>`;
  }
}
const xhtml = (nodes: readonly InlineNode[]): string => nodes.map(nodeXhtml).join('');
const inline = (text: string) => xhtml(parseInlineMarkdown(text.replace(/\s*\n\s*/g, ' ').trim()));

/** `<qti-base-value>`, `<qti-variable>` and the other small expressions. */
const base = (type: string, value: string | number) =>
  element('qti-base-value', { 'base-type': type }, escapeXml(String(value)));
const variable = (identifier: string) => element('qti-variable', { identifier });
const setOutcome = (identifier: string, expression: string) =>
  element('qti-set-outcome-value', { identifier }, expression);
/** All the points when the response is the correct one, else none (SCORE starts at 0). */
const allOrNothing = (points: number) =>
  element(
    'qti-response-condition',
    {},
    element(
      'qti-response-if',
      {},
      element(
        'qti-match',
        {},
        variable('RESPONSE'),
        element('qti-correct', { identifier: 'RESPONSE' }),
      ),
      setOutcome('SCORE', base('float', points)),
    ),
  );
/** Adds a feedback identifier to FEEDBACK when `condition` holds. */
const addFeedbackIf = (condition: string, feedback: string) =>
  element(
    'qti-response-condition',
    {},
    element(
      'qti-response-if',
      {},
      condition,
      setOutcome(
        'FEEDBACK',
        element('qti-multiple', {}, variable('FEEDBACK'), base('identifier', feedback)),
      ),
    ),
  );

/** A whole item: declarations, body, response processing and its feedback. */
interface ItemParts {
  readonly responses: readonly string[];
  readonly body: readonly string[];
  /** Rules that set SCORE (and may add feedback). */
  readonly scoring: readonly string[];
  /** Modal feedback beyond the outcome and general feedback: `[identifier, Markdown text]`. */
  readonly feedback?: readonly (readonly [string, string])[];
  readonly interaction: string;
}

function item(quiz: Quiz, question: Question, parts: ItemParts, source: SourceText): string {
  const points = question.points;
  const outcome = (identifier: string, type: string, value?: number, cardinality = 'single') =>
    element(
      'qti-outcome-declaration',
      { identifier, cardinality, 'base-type': type },
      ...(value === undefined
        ? []
        : [element('qti-default-value', {}, textElement('qti-value', String(value)))]),
    );
  const general = [question.explanation, evidenceNote(question.evidence, source)]
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .map((part) => `<p>${inline(part)}</p>`)
    .join('');
  const { correct, partial, incorrect } = question.feedback;
  const modal = [
    ['CORRECT', correct],
    ['PARTIAL', partial ?? incorrect],
    ['INCORRECT', incorrect],
    ...(parts.feedback ?? []),
  ]
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([identifier, text]) =>
      element(
        'qti-modal-feedback',
        { 'outcome-identifier': 'FEEDBACK', identifier, 'show-hide': 'show' },
        element('qti-content-body', {}, `<p>${inline(text)}</p>`),
      ),
    );
  const outcomeFeedback = element(
    'qti-response-condition',
    {},
    element(
      'qti-response-if',
      {},
      element('qti-gte', {}, variable('SCORE'), variable('MAXSCORE')),
      setOutcome(
        'FEEDBACK',
        element('qti-multiple', {}, variable('FEEDBACK'), base('identifier', 'CORRECT')),
      ),
    ),
    element(
      'qti-response-else-if',
      {},
      element('qti-gt', {}, variable('SCORE'), base('float', 0)),
      setOutcome(
        'FEEDBACK',
        element('qti-multiple', {}, variable('FEEDBACK'), base('identifier', 'PARTIAL')),
      ),
    ),
    element(
      'qti-response-else',
      {},
      setOutcome(
        'FEEDBACK',
        element('qti-multiple', {}, variable('FEEDBACK'), base('identifier', 'INCORRECT')),
      ),
    ),
  );
  const generalFeedback = general
    ? [
        element(
          'qti-modal-feedback',
          { 'outcome-identifier': 'FEEDBACK', identifier: 'GENERAL', 'show-hide': 'show' },
          element('qti-content-body', {}, general),
        ),
      ]
    : [];
  return `${XML_DECLARATION}\n${element(
    'qti-assessment-item',
    {
      xmlns: ASI_NAMESPACE,
      'xmlns:xsi': XSI,
      'xsi:schemaLocation': `${ASI_NAMESPACE} ${ASI_SCHEMA}`,
      identifier: itemIdentifier(quiz, question),
      title: question.id,
      adaptive: 'false',
      'time-dependent': 'false',
      'xml:lang': 'en',
    },
    ...parts.responses,
    outcome('SCORE', 'float', 0),
    outcome('MAXSCORE', 'float', points),
    outcome('FEEDBACK', 'identifier', undefined, 'multiple'),
    element('qti-item-body', {}, ...parts.body, parts.interaction),
    element(
      'qti-response-processing',
      {},
      ...parts.scoring,
      outcomeFeedback,
      ...(general ? [addFeedbackIf(base('boolean', 'true'), 'GENERAL')] : []),
    ),
    ...modal,
    ...generalFeedback,
  )}\n`;
}

/** `<qti-response-declaration>` with its correct response and, if given, its mapping. */
function responseDeclaration(
  identifier: string,
  cardinality: 'single' | 'multiple' | 'ordered',
  baseType: string,
  correct: readonly string[],
  mapping?: {
    entries: readonly (readonly [string, number])[];
    lower?: number;
    upper?: number;
    caseSensitive?: boolean;
  },
): string {
  return element(
    'qti-response-declaration',
    { identifier, cardinality, 'base-type': baseType },
    element('qti-correct-response', {}, ...correct.map((value) => textElement('qti-value', value))),
    ...(mapping === undefined
      ? []
      : [
          element(
            'qti-mapping',
            { 'default-value': 0, 'lower-bound': mapping.lower, 'upper-bound': mapping.upper },
            ...mapping.entries.map(([key, value]) =>
              element('qti-map-entry', {
                'map-key': key,
                'mapped-value': value,
                ...(mapping.caseSensitive === undefined
                  ? {}
                  : { 'case-sensitive': mapping.caseSensitive }),
              }),
            ),
          ),
        ]),
  );
}

const prompt = (question: Question) => element('qti-prompt', {}, inline(question.prompt));
const simpleChoice = (identifier: string, text: string) =>
  element('qti-simple-choice', { identifier }, inline(text));
const optionId = (id: string) => qtiId('O', id);

interface Context {
  readonly quiz: Quiz;
  readonly source: SourceText;
  readonly warn: (question: Question, message: string) => void;
}

function choiceItem(
  question: QuestionOf<'single-choice' | 'multiple-select'>,
  context: Context,
): string {
  const single = question.type === 'single-choice';
  const right = question.options.filter((option) => option.correct);
  const share = question.points / right.length;
  const shuffle = question.shuffleOptions ?? context.quiz.settings.shuffleOptions;
  const response = responseDeclaration(
    'RESPONSE',
    single ? 'single' : 'multiple',
    'identifier',
    right.map((option) => optionId(option.id)),
    single
      ? undefined
      : {
          // Right minus wrong, floored at 0: the engine's multiple-select rule.
          entries: question.options.map(
            (option) => [optionId(option.id), option.correct ? share : -share] as const,
          ),
          lower: 0,
          upper: question.points,
        },
  );
  const scoring = single
    ? allOrNothing(question.points)
    : setOutcome('SCORE', element('qti-map-response', { identifier: 'RESPONSE' }));
  const chosen = (option: string) =>
    single
      ? element('qti-match', {}, variable('RESPONSE'), base('identifier', option))
      : element('qti-member', {}, base('identifier', option), variable('RESPONSE'));
  const withFeedback = question.options.filter((option) => option.feedback !== undefined);
  return item(
    context.quiz,
    question,
    {
      responses: [response],
      body: [],
      interaction: element(
        'qti-choice-interaction',
        { 'response-identifier': 'RESPONSE', shuffle: shuffle, 'max-choices': single ? 1 : 0 },
        prompt(question),
        ...question.options.map((option) => simpleChoice(optionId(option.id), option.text)),
      ),
      scoring: [
        scoring,
        ...withFeedback.map((option) =>
          addFeedbackIf(chosen(optionId(option.id)), qtiId('FB', option.id)),
        ),
      ],
      feedback: withFeedback.map(
        (option) => [qtiId('FB', option.id), option.feedback ?? ''] as const,
      ),
    },
    context.source,
  );
}

function trueFalseItem(question: QuestionOf<'true-false'>, context: Context): string {
  return item(
    context.quiz,
    question,
    {
      responses: [
        responseDeclaration('RESPONSE', 'single', 'identifier', [String(question.answer)]),
      ],
      body: [],
      interaction: element(
        'qti-choice-interaction',
        { 'response-identifier': 'RESPONSE', shuffle: false, 'max-choices': 1 },
        prompt(question),
        simpleChoice('true', 'True'),
        simpleChoice('false', 'False'),
      ),
      scoring: [allOrNothing(question.points)],
    },
    context.source,
  );
}

function fillInTheBlankItem(question: QuestionOf<'fill-in-the-blank'>, context: Context): string {
  context.warn(
    question,
    'QTI compares a blank with each accepted answer as typed (letter case aside, unless the blank is case-sensitive); the course also ignores punctuation, spacing and the kind of quotes and dashes',
  );
  const blanks = new Map(question.blanks.map((blank) => [blank.id, blank]));
  const share = question.points / question.blanks.length;
  const responseOf = (id: string) => qtiId('RESPONSE', id);
  const responses = question.blanks.map((blank) => {
    const seen = new Set<string>();
    const accepted = blank.accept.filter((text) => {
      const key = blank.caseSensitive ? text : text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return responseDeclaration('RESPONSE', 'single', 'string', [accepted[0] ?? ''], {
      entries: accepted.map((text) => [text, 1] as const),
      caseSensitive: blank.caseSensitive,
    }).replace('identifier="RESPONSE"', `identifier="${responseOf(blank.id)}"`);
  });
  const text = blankSegments(question.text)
    .map((segment) => {
      if (segment.type === 'text') return inline(segment.text);
      const blank = blanks.get(segment.id);
      const width = Math.max(...(blank?.accept.map((accepted) => accepted.length) ?? [10]), 5);
      return element('qti-text-entry-interaction', {
        'response-identifier': responseOf(segment.id),
        'expected-length': width,
      });
    })
    .join(' ');
  const mapped = (id: string) => element('qti-map-response', { identifier: responseOf(id) });
  const withFeedback = question.blanks.filter((blank) => blank.feedback !== undefined);
  return item(
    context.quiz,
    question,
    {
      responses,
      body: [`<p>${inline(question.prompt)}</p>`],
      interaction: `<p>${text}</p>`,
      scoring: [
        setOutcome(
          'SCORE',
          element(
            'qti-product',
            {},
            element('qti-sum', {}, ...question.blanks.map((blank) => mapped(blank.id))),
            base('float', share),
          ),
        ),
        ...withFeedback.map((blank) =>
          addFeedbackIf(
            element('qti-lt', {}, mapped(blank.id), base('float', 1)),
            qtiId('FB', blank.id),
          ),
        ),
      ],
      feedback: withFeedback.map((blank) => [qtiId('FB', blank.id), blank.feedback ?? ''] as const),
    },
    context.source,
  );
}

function orderingItem(question: QuestionOf<'ordering'>, context: Context): string {
  context.warn(
    question,
    'QTI scores the order all or nothing here; the course gives credit for the longest run of items in the right order',
  );
  const ids = question.items.map((entry) => qtiId('I', entry.id));
  return item(
    context.quiz,
    question,
    {
      responses: [responseDeclaration('RESPONSE', 'ordered', 'identifier', ids)],
      body: [],
      interaction: element(
        'qti-order-interaction',
        { 'response-identifier': 'RESPONSE', shuffle: true },
        prompt(question),
        ...question.items.map((entry) => simpleChoice(qtiId('I', entry.id), entry.text)),
      ),
      scoring: [allOrNothing(question.points)],
    },
    context.source,
  );
}

function matchingItem(question: QuestionOf<'matching'>, context: Context): string {
  const share = question.points / question.pairs.length;
  const pair = (id: string) => `${qtiId('L', id)} ${qtiId('R', id)}`;
  const associable = (identifier: string, text: string, matchMax: number) =>
    element('qti-simple-associable-choice', { identifier, 'match-max': matchMax }, inline(text));
  const withFeedback = question.pairs.filter((entry) => entry.feedback !== undefined);
  return item(
    context.quiz,
    question,
    {
      responses: [
        responseDeclaration(
          'RESPONSE',
          'multiple',
          'directedPair',
          question.pairs.map((entry) => pair(entry.id)),
          {
            entries: question.pairs.map((entry) => [pair(entry.id), share] as const),
            lower: 0,
            upper: question.points,
          },
        ),
      ],
      body: [],
      interaction: element(
        'qti-match-interaction',
        {
          'response-identifier': 'RESPONSE',
          shuffle: true,
          'max-associations': question.pairs.length,
        },
        prompt(question),
        element(
          'qti-simple-match-set',
          {},
          ...question.pairs.map((entry) => associable(qtiId('L', entry.id), entry.left, 1)),
        ),
        element(
          'qti-simple-match-set',
          {},
          ...question.pairs.map((entry) => associable(qtiId('R', entry.id), entry.right, 0)),
          ...question.distractors.map((entry) => associable(qtiId('R', entry.id), entry.text, 0)),
        ),
      ),
      scoring: [
        setOutcome('SCORE', element('qti-map-response', { identifier: 'RESPONSE' })),
        ...withFeedback.map((entry) =>
          addFeedbackIf(
            element(
              'qti-not',
              {},
              element('qti-member', {}, base('directedPair', pair(entry.id)), variable('RESPONSE')),
            ),
            qtiId('FB', entry.id),
          ),
        ),
      ],
      feedback: withFeedback.map((entry) => [qtiId('FB', entry.id), entry.feedback ?? ''] as const),
    },
    context.source,
  );
}

function selectEvidenceItem(question: QuestionOf<'select-evidence'>, context: Context): string {
  const evidence = new Set(question.evidenceSentenceIds);
  const sentenceId = (id: string) => qtiId('S', id);
  // The passage, paragraph by paragraph, each sentence a hottext.
  const paragraphs = new Map<number, string[]>();
  for (const id of question.sentenceIds) {
    const sentence = context.source.sentence(id);
    const number = sentence?.place.paragraph ?? 0;
    const hottext = element(
      'qti-hottext',
      { identifier: sentenceId(id) },
      escapeXml(sentence?.text ?? id),
    );
    paragraphs.set(number, [...(paragraphs.get(number) ?? []), hottext]);
  }
  // The engine's overlap: evidence picked / (picked + evidence - evidence picked).
  const picked = element('qti-map-response', { identifier: 'RESPONSE' });
  const score = element(
    'qti-product',
    {},
    base('float', question.points),
    element(
      'qti-divide',
      {},
      picked,
      element(
        'qti-subtract',
        {},
        element(
          'qti-sum',
          {},
          element('qti-container-size', {}, variable('RESPONSE')),
          base('float', evidence.size),
        ),
        picked,
      ),
    ),
  );
  return item(
    context.quiz,
    question,
    {
      responses: [
        responseDeclaration('RESPONSE', 'multiple', 'identifier', [...evidence].map(sentenceId), {
          entries: question.sentenceIds.map(
            (id) => [sentenceId(id), evidence.has(id) ? 1 : 0] as const,
          ),
        }),
      ],
      body: [],
      interaction: element(
        'qti-hottext-interaction',
        { 'response-identifier': 'RESPONSE', 'max-choices': 0 },
        prompt(question),
        ...[...paragraphs.entries()].map(
          ([number, sentences]) =>
            `<p><span>Paragraph ${number}: </span>${sentences.join(' ')}</p>`,
        ),
      ),
      scoring: [setOutcome('SCORE', score)],
    },
    context.source,
  );
}

function exportItem(question: Question, context: Context): string {
  if (question.hints.length > 0)
    context.warn(
      question,
      `QTI 3 has no hints a learner asks for (outside adaptive items); its ${question.hints.length} hint(s) are left out`,
    );
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select':
      return choiceItem(question, context);
    case 'true-false':
      return trueFalseItem(question, context);
    case 'fill-in-the-blank':
      return fillInTheBlankItem(question, context);
    case 'ordering':
      return orderingItem(question, context);
    case 'matching':
      return matchingItem(question, context);
    case 'select-evidence':
      return selectEvidenceItem(question, context);
  }
}

const INTERACTION: Record<Question['type'], string> = {
  'single-choice': 'choiceInteraction',
  'multiple-select': 'choiceInteraction',
  'true-false': 'choiceInteraction',
  'fill-in-the-blank': 'textEntryInteraction',
  ordering: 'orderInteraction',
  matching: 'matchInteraction',
  'select-evidence': 'hottextInteraction',
};

function assessmentTest(quiz: Quiz): string {
  return `${XML_DECLARATION}\n${element(
    'qti-assessment-test',
    {
      xmlns: ASI_NAMESPACE,
      'xmlns:xsi': XSI,
      'xsi:schemaLocation': `${ASI_NAMESPACE} ${ASI_SCHEMA}`,
      identifier: qtiId('test', quiz.id),
      title: quiz.title,
    },
    element(
      'qti-outcome-declaration',
      { identifier: 'SCORE', cardinality: 'single', 'base-type': 'float' },
      element('qti-default-value', {}, textElement('qti-value', '0')),
    ),
    element(
      'qti-test-part',
      { identifier: 'part', 'navigation-mode': 'nonlinear', 'submission-mode': 'individual' },
      element(
        'qti-assessment-section',
        { identifier: 'section', title: quiz.title, visible: 'true' },
        // The pool and the shuffled order, as QTI draws and orders a section's items.
        ...(quiz.settings.pool === undefined
          ? []
          : [element('qti-selection', { select: quiz.settings.pool.draw })]),
        ...(quiz.settings.shuffleQuestions ? [element('qti-ordering', { shuffle: 'true' })] : []),
        ...quiz.questions.map((question) =>
          element('qti-assessment-item-ref', {
            identifier: itemIdentifier(quiz, question),
            href: `../${itemPath(quiz, question)}`,
          }),
        ),
      ),
    ),
    element(
      'qti-outcome-processing',
      {},
      setOutcome(
        'SCORE',
        element('qti-sum', {}, element('qti-test-variables', { 'variable-identifier': 'SCORE' })),
      ),
    ),
  )}\n`;
}

function manifest(quizzes: readonly Quiz[], title: string): string {
  const lom = (text: string) =>
    element(
      'imsmd:lom',
      {},
      element(
        'imsmd:general',
        {},
        element('imsmd:title', {}, textElement('imsmd:string', text, { language: 'en' })),
      ),
    );
  const resources = quizzes.flatMap((quiz) => [
    ...quiz.questions.map((question) =>
      element(
        'resource',
        {
          identifier: itemIdentifier(quiz, question),
          type: 'imsqti_item_xmlv3p0',
          href: itemPath(quiz, question),
        },
        element(
          'metadata',
          {},
          element(
            'imsqti:qtiMetadata',
            {},
            textElement('imsqti:interactionType', INTERACTION[question.type]),
          ),
        ),
        element('file', { href: itemPath(quiz, question) }),
      ),
    ),
    element(
      'resource',
      { identifier: qtiId('test', quiz.id), type: 'imsqti_test_xmlv3p0', href: testPath(quiz) },
      element('file', { href: testPath(quiz) }),
      ...quiz.questions.map((question) =>
        element('dependency', { identifierref: itemIdentifier(quiz, question) }),
      ),
    ),
  ]);
  return `${XML_DECLARATION}\n${element(
    'manifest',
    {
      xmlns: CP_NAMESPACE,
      'xmlns:imsmd': 'http://ltsc.ieee.org/xsd/LOM',
      'xmlns:imsqti': 'http://www.imsglobal.org/xsd/imsqti_metadata_v3p0',
      identifier: 'manifest',
    },
    element(
      'metadata',
      {},
      textElement('schema', 'QTI Package'),
      textElement('schemaversion', '3.0.0'),
      lom(title),
    ),
    element('organizations'),
    element('resources', {}, ...resources),
  )}\n`;
}

/**
 * Writes quizzes as one QTI 3.0 content package: `imsmanifest.xml`, one assessment item per
 * question (`items/<quiz>/<question>.xml`) and one assessment test per quiz
 * (`tests/<quiz>.xml`). Choice questions are choice interactions, blanks text entries, ordering an
 * order interaction, matching a match interaction, select-the-evidence a hottext interaction over
 * the passage; each item's response processing scores as the engine does (SCORE out of the
 * question's points), but for the differences its warnings name.
 */
export function exportQti3(
  quizzes: readonly Quiz[],
  source: SourceText,
  title = 'Quizzes',
): Qti3Export {
  const warnings: InteropWarning[] = [];
  const files: PackageFile[] = [];
  for (const quiz of quizzes) {
    const context: Context = {
      quiz,
      source,
      warn: (question, message) =>
        warnings.push({ quizId: quiz.id, questionId: question.id, message }),
    };
    if (quiz.settings.pool?.perKeyPoint)
      warnings.push({
        quizId: quiz.id,
        message: `QTI draws ${quiz.settings.pool.draw} questions from the whole quiz; the course draws that many per key point`,
      });
    for (const question of quiz.questions)
      files.push({ path: itemPath(quiz, question), text: exportItem(question, context) });
    files.push({ path: testPath(quiz), text: assessmentTest(quiz) });
  }
  files.unshift({ path: 'imsmanifest.xml', text: manifest(quizzes, title) });
  return { files, warnings };
}
