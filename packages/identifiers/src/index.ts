export {
  CREDIT_CODE_ALPHABET,
  checkCreditCode,
  creditCodeCheckCharacter,
  normalizeCode,
  type CodeCheck,
} from './creditCode';
export { checkIdNumber, idNumberBirthDate, idNumberCheckCharacter, maskIdNumber } from './idNumber';
export {
  classifyCode,
  kindOfCode,
  kindOfCreditCode,
  type ClassifiedCode,
  type CodeType,
  type SubjectKind,
} from './subjectCode';
export { surnameOnly } from './personName';
export { DEVELOPMENT_PSEUDONYM_KEY, pseudonym, pseudonymKeyFor } from './pseudonym';
