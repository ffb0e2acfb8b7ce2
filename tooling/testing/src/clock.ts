/** A clock for tests: time moves only when `advance` or `set` is called. */
export class FakeClock {
  #ms: number;

  constructor(start: Date | string | number = "2026-01-15T10:00:00.000Z") {
    this.#ms = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#ms);
  }

  advance(ms: number): void {
    this.#ms += ms;
  }

  advanceSeconds(seconds: number): void {
    this.advance(seconds * 1000);
  }

  set(time: Date | string | number): void {
    this.#ms = new Date(time).getTime();
  }
}
