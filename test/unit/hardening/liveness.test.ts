import { Liveness } from '../../../src/db/Liveness';

// Which calls count as made while Neo4j was starting (their timeouts and Neo4j errors answer
// DATABASE_UNAVAILABLE): calls begun before Neo4j had been up for the warm-up, or while it is down.

const WARM_UP_MS = 60_000;
let liveness: Liveness | undefined;
let probe: () => Promise<void>;

beforeEach(() => {
  jest.useFakeTimers({ now: 1_000_000 });
  probe = () => Promise.resolve();
  liveness = new Liveness(() => probe(), 1000, WARM_UP_MS);
});

afterEach(() => {
  liveness?.close();
  jest.useRealTimers();
});

const watch = (): Liveness => {
  if (!liveness) throw new Error('no liveness watch');
  return liveness;
};

test('a watch on a Neo4j nobody has said was just started: no call counts as starting', () => {
  expect(watch().wasStarting(Date.now())).toBe(false);
});

test('after startWarmUp, calls begun within the warm-up count as starting, later ones not', () => {
  const at = Date.now();
  watch().startWarmUp();
  expect(watch().wasStarting(at)).toBe(true);
  expect(watch().wasStarting(at + WARM_UP_MS - 1)).toBe(true);
  expect(watch().wasStarting(at + WARM_UP_MS)).toBe(false);
});

test('down: every call counts as starting; back up: the warm-up begins when the probe answers again', async () => {
  const at = Date.now();
  watch().markDown('the embedded Neo4j exited');
  expect(watch().isUp).toBe(false);
  expect(watch().wasStarting(at - 10 * WARM_UP_MS)).toBe(true);

  jest.advanceTimersByTime(5000);
  const backAt = Date.now();
  // A call while down makes the watch probe at once; the probe answers.
  await expect(watch().run(() => Promise.resolve(1), 1000)).rejects.toMatchObject({
    extensions: { code: 'DATABASE_UNAVAILABLE' },
  });
  await Promise.resolve();
  await Promise.resolve();
  expect(watch().isUp).toBe(true);
  expect(watch().wasStarting(backAt - 1)).toBe(true);
  expect(watch().wasStarting(backAt + WARM_UP_MS - 1)).toBe(true);
  expect(watch().wasStarting(backAt + WARM_UP_MS)).toBe(false);
});
