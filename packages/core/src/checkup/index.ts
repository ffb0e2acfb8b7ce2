/** The security check-up: findings (kinds and facts, no texts) and the 30-day methods check. */
export { checkupStatus } from "./checkup";
export {
  CHECKUP_FINDING_KINDS,
  CHECKUP_RULES,
  type Checkup,
  type CheckupFinding,
  type CheckupFindingKind,
  type Protections,
} from "./findings";
export {
  answerMethodsCheck,
  METHODS_CHECK_ANSWERS,
  type MethodsCheckAnswer,
} from "./methods-check";
export { countryOf } from "./places";
