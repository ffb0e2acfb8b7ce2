// The built `twofold` bin in tmux at 80×24 under a French and a German LANG: the welcome,
// sign-in and settings screens speak the language, and no line of theirs is cut.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startBuiltServer, type BuiltServer } from "@twofold/test-stack/built";
import { waitForSignUpCode } from "@twofold/test-stack/sign-up";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEXTS } from "../src/lib/text";
import { TmuxSession } from "./tmux";

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const dir = mkdtempSync(join(tmpdir(), "twofold-tui-languages-"));
let server: BuiltServer;
let tmux: TmuxSession | undefined;

function run(lang: string): TmuxSession {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm build)`);
  const config = join(dir, lang);
  return TmuxSession.start(
    `env -u LC_ALL -u LC_MESSAGES LANG=${lang} XDG_CONFIG_HOME=${config} ${process.execPath} ${CLI} --server ${server.url}; sleep 60`,
  );
}

/**
 * The screen shows each line whole: none cut short at the right edge with "…", and each expected
 * text on one line of its own.
 */
function expectWhole(screen: string, lines: string[]): void {
  const rows = screen.split("\n");
  const cut = rows.filter((row) => [...row.trimEnd()].length >= 79 && row.trimEnd().endsWith("…"));
  expect(cut, screen).toEqual([]);
  for (const line of lines)
    expect(
      rows.some((row) => row.includes(line)),
      screen,
    ).toBe(true);
}

beforeAll(async () => {
  server = await startBuiltServer(join(dir, "data"));
});
afterAll(async () => {
  tmux?.kill();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  { lang: "fr_FR.UTF-8", locale: "fr" as const, name: "Marie Curie" },
  { lang: "de_DE.UTF-8", locale: "de" as const, name: "Lise Meitner" },
])("the terminal under LANG=$lang", ({ lang, locale, name }) => {
  const text = TEXTS[locale];
  const email = `${locale}.${Date.now()}@example.ch`;
  const password = "radioactivite et fission 1898";

  it("welcomes, signs up and shows the settings in the language, every line whole at 80×24", async () => {
    tmux?.kill();
    tmux = run(lang);
    const welcome = await tmux.waitFor(text.welcome.title);
    expectWhole(welcome, [text.welcome.signIn, text.welcome.signUp, text.keys.top]);
    await tmux.key("Down");
    await tmux.key("Enter");
    await tmux.waitFor(text.signUp.title);
    await tmux.type(name);
    await tmux.key("Tab");
    await tmux.type(email);
    await tmux.key("Tab");
    await tmux.type(password);
    await tmux.key("Enter");
    await tmux.waitFor(text.verifyEmail.title);
    await tmux.type(await waitForSignUpCode(join(dir, "data", "mail-outbox.jsonl"), email));
    await tmux.key("Enter");
    const settings = await tmux.waitFor(text.settings.signedInAs(name));
    expectWhole(settings, [
      `${text.title} · ${text.settings.title}`,
      text.settings.none,
      text.settings.addOTP,
      text.keys.top,
    ]);
  });

  it("signs out to the sign-in screen and back in, still in the language", async () => {
    if (!tmux) throw new Error("the first test opened no terminal");
    const session = tmux;
    for (let i = 0; i < 30 && !session.screen().includes(`› ${text.settings.signOut}`); i += 1)
      await session.key("j");
    await session.key("Enter");
    await session.waitFor(text.welcome.title);
    await session.key("Enter");
    const signIn = await session.waitFor(text.signIn.password);
    expectWhole(signIn, [
      `${text.title} · ${text.signIn.title}`,
      text.signIn.email,
      text.keys.form,
    ]);
    await session.type(email);
    await session.key("Tab");
    await session.type(password);
    await session.key("Enter");
    const settings = await session.waitFor(text.settings.signedInAs(name));
    expectWhole(settings, [text.settings.log, text.settings.changePassword, text.keys.top]);
  });
});
