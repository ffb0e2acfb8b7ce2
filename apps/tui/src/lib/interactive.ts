// Imported first by the bin, before Ink: Ink decides at load time that a CI environment gets no
// live screen (only the last frame, at exit). A person at a real terminal gets the live one,
// whatever CI variables their shell carries.
if (process.stdout.isTTY && process.stdin.isTTY) {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
}

export {};
