export { beginPasswordReset, type ResetBegun } from "./begin";
export { completePasswordReset, type ResetCompletion, type ResetRefusal } from "./complete";
export { requestPasswordReset, type ResetRequested } from "./request";
