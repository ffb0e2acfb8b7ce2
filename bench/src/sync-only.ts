// `pnpm --filter @twofold/bench bench:sync`: only the application-password check.
import { describeAppPasswords, runAppPasswordBench } from "./app-passwords";

const quick = process.argv.includes("--quick");
const report = await runAppPasswordBench({
  rounds: quick ? 1 : 3,
  durationMs: quick ? 2_000 : 5_000,
  connections: 16,
  progress: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`${describeAppPasswords(report)}\n`);
