// Threat: a malformed request crashes a factor procedure (a 500) or changes a factor while refused.
import { describeFuzz } from "./fuzz";
import { proceduresOf } from "./procedures";
import { FACTOR_ROUTERS } from "./groups";

describeFuzz("the factors' procedures", proceduresOf(FACTOR_ROUTERS));
