/** `@twofold/api/testing`: what other packages' tests share with this one's (never app code). */
export {
  OPEN_TO_PASSWORD_CHANGE_PROCEDURES,
  OPEN_TO_PENDING_PROCEDURES,
  PUBLIC_PROCEDURES,
} from "../src/procedure-access";
export { SAMPLE_INPUT } from "./sample-inputs";
