// `pnpm --filter @twofold/bench bench:sync`: only the application-password check; with `--oidc`,
// the OpenID Connect provider's introspection and code flows on the same server as in `pnpm bench`.
import { describeAppPasswords, runSyncCheckBench } from "./app-passwords";
import { CODE_FLOW_WORKERS, describeCodeFlows, describeIntrospection } from "./oidc";

const quick = process.argv.includes("--quick");
const { appPasswords, oidc } = await runSyncCheckBench({
  rounds: quick ? 1 : 3,
  durationMs: quick ? 2_000 : 5_000,
  connections: 16,
  progress: (line) => process.stderr.write(`${line}\n`),
  oidc: process.argv.includes("--oidc") ? { flowWorkers: CODE_FLOW_WORKERS } : null,
});
process.stdout.write(`${describeAppPasswords(appPasswords)}\n`);
if (oidc) {
  process.stdout.write(`${describeIntrospection(oidc.introspection)}\n`);
  process.stdout.write(`${describeCodeFlows(oidc.codeFlows)}\n`);
}
