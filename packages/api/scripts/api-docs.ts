// `pnpm --filter @twofold/api api-docs`: writes the API reference from the router.
import { writeFileSync } from "node:fs";
import { REFERENCE_FILE, REFERENCE_PATH, renderApiReference } from "./api-reference";

writeFileSync(REFERENCE_FILE, renderApiReference());
process.stdout.write(`wrote ${REFERENCE_PATH}\n`);
