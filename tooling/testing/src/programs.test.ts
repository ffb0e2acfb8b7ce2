import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MissingProgramError, requireProgram, requireRoundcube } from "./programs";

const bin = mkdtempSync(join(tmpdir(), "twofold-programs-"));
const empty = mkdtempSync(join(tmpdir(), "twofold-programs-empty-"));
afterAll(() => {
  rmSync(bin, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

describe("requireProgram", () => {
  it("finds a program in a PATH folder and answers its absolute path", () => {
    writeFileSync(join(bin, "tmux"), "#!/bin/sh\n");
    chmodSync(join(bin, "tmux"), 0o755);
    expect(requireProgram("tmux", [empty, bin].join(delimiter))).toBe(join(bin, "tmux"));
  });

  it("says in one line which Debian package to install when no PATH folder has it", () => {
    const missing = (() => {
      try {
        requireProgram("dovecot", empty);
      } catch (error) {
        return error;
      }
    })();
    expect(missing).toBeInstanceOf(MissingProgramError);
    const { message, stack } = missing as MissingProgramError;
    expect(message).toBe(
      "dovecot is not installed: apt-get install -y dovecot-imapd (pnpm test installs it)",
    );
    // What the test run prints: that line, no stack trace.
    expect(stack).toBe(message);
  });

  it("does not take a file that cannot be run, nor a folder of that name", () => {
    writeFileSync(join(bin, "dovecot"), "not a program");
    chmodSync(join(bin, "dovecot"), 0o644);
    mkdirSync(join(empty, "chromium"));
    expect(() => requireProgram("dovecot", bin)).toThrow("apt-get install -y dovecot-imapd");
    expect(() => requireProgram("chromium", empty)).toThrow("apt-get install -y chromium");
  });
});

describe("requireRoundcube", () => {
  it("answers Roundcube's folder when it has its entry page and its SQLite schema", () => {
    const roundcube = join(bin, "roundcube");
    mkdirSync(join(roundcube, "SQL"), { recursive: true });
    writeFileSync(join(roundcube, "index.php"), "<?php\n");
    expect(() => requireRoundcube(roundcube)).toThrow(
      "roundcube is not installed: apt-get install -y roundcube-core roundcube-sqlite3",
    );
    writeFileSync(join(roundcube, "SQL", "sqlite.initial.sql"), "");
    expect(requireRoundcube(roundcube)).toBe(roundcube);
  });

  it("says in one line which Debian packages to install when the folder is empty", () => {
    expect(() => requireRoundcube(empty)).toThrow(MissingProgramError);
  });
});
