/** A clock both the sandbox and the services read, so a test can make tokens expire at will. */
export class TestClock {
  constructor(private current = Date.now()) {}

  readonly now = (): number => this.current;

  advance(ms: number): void {
    this.current += ms;
  }
}
