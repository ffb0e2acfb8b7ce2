import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";

export interface BareNode {
  url: string;
  stop(): Promise<void>;
}

/** The ceiling: bare-server.ts in its own process (node with this process's flags, so tsx loads it). */
export async function startBareNode(): Promise<BareNode> {
  const script = new URL("./bare-server.ts", import.meta.url).pathname;
  const child = spawn(process.execPath, [...process.execArgv, script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
  return {
    url: `http://127.0.0.1:${line.trim()}`,
    stop: async () => {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}
