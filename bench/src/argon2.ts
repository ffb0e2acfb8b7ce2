// Password checks (argon2id) per second on one core, at the parameters Twofold ships: the cost
// every password sign-in pays, and the ceiling of sign-ins per core.
import { DEFAULT_CONFIG, hashPassword, verifyPassword } from "@twofold/core/internals";
import { figuresOf, type Figures } from "./figures";

export interface Argon2Report {
  parameters: { memoryCost: number; timeCost: number; parallelism: number };
  /** Checks per second, one at a time (one core busy), per round. */
  perCore: Figures;
  /** One check, ms (median). */
  checkMs: number;
  rounds: number;
}

export async function measureArgon2(rounds: number, roundMs: number): Promise<Argon2Report> {
  const parameters = DEFAULT_CONFIG.password;
  const phc = await hashPassword("correct horse battery staple", parameters);
  await verifyPassword(phc, "correct horse battery staple");
  const rates: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let checks = 0;
    const started = performance.now();
    while (performance.now() - started < roundMs) {
      if (!(await verifyPassword(phc, "correct horse battery staple")))
        throw new Error("argon2: the right password was refused");
      checks += 1;
    }
    rates.push((checks * 1000) / (performance.now() - started));
  }
  const perCore = figuresOf(rates);
  return { parameters, perCore, checkMs: 1000 / perCore.median, rounds };
}

export function describeArgon2(r: Argon2Report): string {
  const p = r.parameters;
  return (
    `Password sign-in (argon2id m=${p.memoryCost} KiB, t=${p.timeCost}, p=${p.parallelism}): ` +
    `${r.perCore.median.toFixed(1)} checks/s per core (min ${r.perCore.min.toFixed(1)}, max ${r.perCore.max.toFixed(1)}), ` +
    `${r.checkMs.toFixed(1)} ms each`
  );
}
