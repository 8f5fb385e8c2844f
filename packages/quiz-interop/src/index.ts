// Quizzes in and out of learning management systems. Depends on the engine's quiz model only;
// the statement reaches it through `SourceText`, which the caller passes in.

export { EVIDENCE_LABEL, evidenceNote, splitEvidenceNote } from './evidence-note';
export { categoryOf, exportGift, type GiftExport, META_COMMENTS } from './gift/export-gift';
export {
  type GiftImport,
  type GiftImportOptions,
  importGift,
  kebabId,
  type QuizDocumentDraft,
} from './gift/import-gift';
export {
  type GiftAnswer,
  type GiftKind,
  type GiftQuestion,
  type GiftReadResult,
  MAX_GIFT_QUESTIONS,
  readGift,
} from './gift/read-gift';
export { formatWarning, type InteropWarning } from './interop-warning';
export {
  exportMoodleXml,
  type MoodleXmlExport,
} from './moodle-xml/export-moodle-xml';
export {
  exportQti3,
  itemIdentifier,
  itemPath,
  type PackageFile,
  type Qti3Export,
  testPath,
} from './qti3/export-qti3';
export { zipPackage } from './qti3/zip-package';
export { describePlace, type SourcePlace, type SourceText } from './statement-index';
