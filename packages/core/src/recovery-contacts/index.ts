export {
  recoveryContacts,
  recoveryContactsView,
  type RecoveryContacts,
  type RecoveryContactsView,
} from "./contacts";
export { confirmRecoveryAddress, removeRecoveryAddress, setRecoveryAddress } from "./address";
export { confirmRecoveryPhone, removeRecoveryPhone, setRecoveryPhone } from "./phone";
export { maskAddress } from "./mask";
