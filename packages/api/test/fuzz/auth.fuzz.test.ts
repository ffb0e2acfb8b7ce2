// Threat: a malformed request crashes a sign-in procedure (a 500) or changes state while refused.
import { describeFuzz } from "./fuzz";
import { SIGN_IN_ROUTERS } from "./groups";
import { proceduresOf } from "./procedures";

describeFuzz("auth.*", proceduresOf(SIGN_IN_ROUTERS));
