/**
 * `imsmanifest.xml` of the course as one SCORM package: one organization, the course, whose one
 * item is the course's SCO (the site, launched at `index.html`); the lessons are its pages, all
 * reported through that SCO (completion is lessons completed of the course's lessons), so that
 * the learner's progress stays one record in the LMS as it is in the browser.
 */
import type { ScormVersion } from './contract';

export interface ManifestInput {
  readonly version: ScormVersion;
  /** The package's identifier (an XML `ID`: a letter first). */
  readonly identifier: string;
  /** The course's version, written as the manifest's `version`. */
  readonly courseVersion: string;
  readonly title: string;
  /** The lessons' titles in course order, listed in the SCO's description. */
  readonly lessonTitles: readonly string[];
  /** The self-assessment's pass mark (0 to 1), SCORM 1.2's `adlcp:masteryscore`; null for none. */
  readonly passMark: number | null;
  /** Every file of the package but the manifest, as paths relative to its root (`/`-separated). */
  readonly files: readonly string[];
}

const escapeXml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** The resource's file list: every file, paths percent-encoded as URI references. */
function fileElements(files: readonly string[], indent: string): string {
  return files.map((path) => `${indent}<file href="${escapeXml(encodeURI(path))}"/>`).join('\n');
}

function description(input: ManifestInput): string {
  return `${input.lessonTitles.length} lessons: ${input.lessonTitles.join('; ')}.`;
}

function manifest2004(input: ManifestInput): string {
  const title = escapeXml(input.title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${input.identifier}" version="${escapeXml(input.courseVersion)}"
          xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
          xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
          xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
          xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
          xmlns:lom="http://ltsc.ieee.org/xsd/LOM">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom:lom>
      <lom:general>
        <lom:title><lom:string language="en">${title}</lom:string></lom:title>
        <lom:language>en</lom:language>
        <lom:description><lom:string language="en">${escapeXml(description(input))}</lom:string></lom:description>
      </lom:general>
    </lom:lom>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${title}</title>
      <item identifier="course-item" identifierref="course-sco">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="course-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileElements(input.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

function manifest12(input: ManifestInput): string {
  const title = escapeXml(input.title);
  const mastery =
    input.passMark === null
      ? ''
      : `\n        <adlcp:masteryscore>${Math.round(input.passMark * 100)}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${input.identifier}" version="${escapeXml(input.courseVersion)}"
          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
          xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="en">${title}</imsmd:langstring></imsmd:title>
        <imsmd:language>en</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="en">${escapeXml(description(input))}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${title}</title>
      <item identifier="course-item" identifierref="course-sco">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="course-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileElements(input.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** The manifest of the package in the version asked for. */
export function scormManifest(input: ManifestInput): string {
  if (!/^[A-Za-z_][\w.-]*$/.test(input.identifier))
    throw new RangeError(
      `"${input.identifier}" is not an XML ID (a letter first, then letters, digits, '.', '-' or '_')`,
    );
  if (!input.files.includes('index.html'))
    throw new RangeError('the package has no index.html, the page the LMS launches');
  return input.version === '2004' ? manifest2004(input) : manifest12(input);
}
