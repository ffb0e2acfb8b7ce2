// Threat: a malformed request crashes a settings or device procedure (a 500) or changes state while refused.
import { describeFuzz } from "./fuzz";
import { proceduresOf } from "./procedures";
import { FACTOR_ROUTERS, SIGN_IN_ROUTERS } from "./groups";

// Every router not fuzzed by the other files, including any router added later.
describeFuzz("every other procedure", proceduresOf(null, [...SIGN_IN_ROUTERS, ...FACTOR_ROUTERS]));
