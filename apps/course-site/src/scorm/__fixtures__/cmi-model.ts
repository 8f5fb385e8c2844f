import type { ScormVersion } from '../api';

/**
 * The forms the CMI data model allows an interaction's responses in, written from the
 * specifications, independently of the code under test and stricter than scorm-again's
 * SCORM 1.2 checks (which accept any text): SCORM 2004 4th Edition RTE 4.1.6.2 (the
 * `correct_responses` and `learner_response` formats of each interaction type) and SCORM 1.2
 * RTE 3.4.2.7 (`student_response` and `correct_responses.n.pattern`).
 */

const SHORT_ID = "(?=[^\\[]*\\w)[\\w\\-()+.:=@;$!*'%/#]{1,250}";
const ids2004 = (separator: string) => `${SHORT_ID}(?:${separator}${SHORT_ID})*`;
const CHARACTER = '[0-9a-z]';

const FORMS: Record<ScormVersion, Record<string, RegExp>> = {
  '2004': {
    'true-false': /^(true|false)$/,
    choice: new RegExp(`^(${ids2004('\\[,\\]')})?$`),
    sequencing: new RegExp(`^${ids2004('\\[,\\]')}$`),
    matching: new RegExp(
      `^${SHORT_ID}\\[\\.\\]${SHORT_ID}(\\[,\\]${SHORT_ID}\\[\\.\\]${SHORT_ID})*$`,
    ),
  },
  '1.2': {
    'true-false': /^[01tf]$/,
    choice: new RegExp(`^(${CHARACTER}(,${CHARACTER})*)?$`),
    sequencing: new RegExp(`^${CHARACTER}(,${CHARACTER})*$`),
    matching: new RegExp(`^${CHARACTER}\\.${CHARACTER}(,${CHARACTER}\\.${CHARACTER})*$`),
  },
};

/** A 2004 fill-in: optional delimiters, then strings of at most 250 characters joined by `[,]`. */
function fillIn2004(value: string, pattern: boolean): boolean {
  let rest = value;
  if (pattern)
    rest = rest
      .replace(/^\{case_matters=(true|false)\}/, '')
      .replace(/^\{order_matters=(true|false)\}/, '');
  if (rest.startsWith('{')) return false;
  return rest.split('[,]').every((part) => part.length <= 250);
}

/** Why a response (or, with `pattern`, a correct response pattern) breaks the data model, or null. */
export function cmiResponseProblem(
  type: string,
  value: string,
  version: ScormVersion,
  { pattern = false }: { pattern?: boolean } = {},
): string | null {
  if (type === 'fill-in') {
    const fits = version === '2004' ? fillIn2004(value, pattern) : value.length <= 255;
    return fits
      ? null
      : `"${value}" is not a SCORM ${version} fill-in ${pattern ? 'pattern' : 'response'}`;
  }
  const form = FORMS[version][type];
  if (form === undefined) return `"${type}" is not an interaction type the course uses`;
  return form.test(value)
    ? null
    : `"${value}" is not a SCORM ${version} ${type} ${pattern ? 'pattern' : 'response'}`;
}

/** Why a result breaks the data model, or null. */
export function cmiResultProblem(value: string, version: ScormVersion): string | null {
  const form =
    version === '2004'
      ? /^(correct|incorrect|unanticipated|neutral|-?\d{1,10}(\.\d{1,7})?)$/
      : /^(correct|wrong|unanticipated|neutral|-?\d{1,10}(\.\d+)?)$/;
  return form.test(value) ? null : `"${value}" is not a SCORM ${version} result`;
}
