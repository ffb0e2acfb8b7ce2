import { Text } from "ink";
import { render } from "ink-testing-library";
import { useState } from "react";
import type { ReactElement, ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { KEY } from "../../test/test-utils";
import { Form } from "./Form";
import { TextInput } from "./TextInput";

const CTRL_U = "\u0015";
const CTRL_W = "\u0017";
const SHIFT_TAB = "\u001B[Z";
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Three fields as on the sign-up screen; what Enter submitted is shown under them. */
function ThreeFields(): ReactNode {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  return (
    <>
      <Form
        fields={[
          { label: "Name", value: name, onChange: setName },
          { label: "Email", value: email, onChange: setEmail },
          { label: "Password", value: password, onChange: setPassword, mask: true },
        ]}
        onSubmit={() => setSent(`${name}|${email}|${password}`)}
      />
      {sent && <Text>{`Submitted ${sent}`}</Text>}
    </>
  );
}

/** One field alone (a code); what Enter submitted is shown under it. */
function OneField(): ReactNode {
  const [value, setValue] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  return (
    <>
      <TextInput
        label="Code"
        value={value}
        onChange={setValue}
        onSubmit={() => setSent(value)}
        focus
      />
      {sent !== null && <Text>{`Submitted ${sent}`}</Text>}
    </>
  );
}

async function opened(node: ReactElement): Promise<ReturnType<typeof render>> {
  const ink = render(node);
  // Keys are read once the screen's effects ran.
  await sleep(50);
  return ink;
}

/** One write: the whole text reaches Ink as a single chunk, as a paste does. */
async function burst(ink: ReturnType<typeof render>, text: string): Promise<string> {
  ink.stdin.write(text);
  await sleep(80);
  return ink.lastFrame() ?? "";
}

describe("a form's fields", () => {
  it("take a burst with Tabs field by field, and Enter submits what was pasted", async () => {
    const ink = await opened(<ThreeFields />);
    const frame = await burst(ink, "Tina Terminal\ttina@example.ch\tshort pass\r");
    expect(frame).toContain("Name: Tina Terminal\n");
    expect(frame).toContain("Email: tina@example.ch\n");
    expect(frame).toContain(`Password: ${"•".repeat("short pass".length)}`);
    expect(frame).toContain("Submitted Tina Terminal|tina@example.ch|short pass");
    ink.unmount();
  });

  it("wrap round with Tab from the last field to the first, and back with Shift+Tab", async () => {
    const ink = await opened(<ThreeFields />);
    await burst(ink, "a\tb\tc\td");
    expect(ink.lastFrame()).toContain("› Name: ad");
    await burst(ink, SHIFT_TAB);
    expect(ink.lastFrame()).toMatch(/› Password: •$/m);
    await burst(ink, SHIFT_TAB);
    await burst(ink, "e");
    expect(ink.lastFrame()).toContain("› Email: be");
    ink.unmount();
  });

  it("clear the line with Ctrl+U and the last word with Ctrl+W, typed or in a burst", async () => {
    const ink = await opened(<ThreeFields />);
    await burst(ink, "Tina  Terminal  ");
    // The word and the spaces after it go; the spaces before it stay.
    await burst(ink, `${CTRL_W}X`);
    expect(ink.lastFrame()).toContain("› Name: Tina  X\n");
    await burst(ink, KEY.backspace);
    await burst(ink, `${CTRL_W}Ada Lovelace`);
    expect(ink.lastFrame()).toContain("› Name: Ada Lovelace\n");
    await burst(ink, CTRL_U);
    expect(ink.lastFrame()).toMatch(/› Name:\s*\n/);
    await burst(ink, `wrong${CTRL_U}Grace${KEY.backspace}e`);
    expect(ink.lastFrame()).toContain("› Name: Grace\n");
    ink.unmount();
  });
});

describe("a field alone", () => {
  it("submits the code of a burst that ends with Enter, not the one before it", async () => {
    const ink = await opened(<OneField />);
    const frame = await burst(ink, "123 456\r");
    expect(frame).toContain("Submitted 123 456");
    ink.unmount();
  });

  it("keeps every key when they come one by one faster than the screen redraws", async () => {
    const ink = await opened(<OneField />);
    for (const char of "abc def") ink.stdin.write(char);
    ink.stdin.write(CTRL_W);
    ink.stdin.write("xyz");
    await sleep(80);
    expect(ink.lastFrame()).toContain("Code: abc xyz");
    ink.unmount();
  });
});
