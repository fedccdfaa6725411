/**
 * `@sehatkit/sdk/format`: browser-safe parsing, formatting and validation of Indonesian identifiers,
 * rupiah amounts and calendar dates. No I/O, no Node API, no schema library: elements import it as is.
 */
export { formatDate, type IsoDate, isIsoDate, parseBpjsDate, toBpjsDate } from './dates';
export { groupDigits, stripSeparators } from './digits';
export type { IdentifierIssue, IdentifierIssueCode } from './identifier-issue';
export {
  formatIdentifier,
  IDENTIFIER_LENGTH,
  type IdentifierKind,
  isValidCardNumber,
  isValidNik,
  type MemberIdentifierResult,
  parseIdentifier,
  parseMemberIdentifier,
  validateIdentifier,
} from './identifiers';
export { formatRupiah } from './money';
