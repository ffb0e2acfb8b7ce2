import { Text } from "ink";
import { render } from "ink-testing-library";
import { useState } from "react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { Menu } from "./Menu";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The welcome menu's shape; what Enter chose is shown under it. */
function Welcome(): ReactNode {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <>
      <Menu
        items={[
          { value: "signIn", label: "Sign in" },
          { value: "signUp", label: "Create an account" },
          { value: "quit", label: "Quit" },
        ]}
        onChoose={setChosen}
      />
      {chosen && <Text>{`Chose ${chosen}`}</Text>}
    </>
  );
}

describe("a menu", () => {
  it("takes keys typed ahead in one burst in turn: j then Enter chooses the second line", async () => {
    const ink = render(<Welcome />);
    await sleep(50);
    ink.stdin.write("j\r");
    await sleep(50);
    expect(ink.lastFrame()).toContain("Chose signUp");
    ink.unmount();
  });

  it("moves down and back up within one burst, wrapping round at the top", async () => {
    const ink = render(<Welcome />);
    await sleep(50);
    ink.stdin.write("jjjk\r");
    await sleep(50);
    // Three downs from the first line wrap to it again; one up reaches the last.
    expect(ink.lastFrame()).toContain("Chose quit");
    ink.unmount();
  });
});
