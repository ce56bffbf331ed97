import { ReadGate } from '../../../src/db/ReadGate';
import { ErrorCode, ServiceBusyError } from '../../../src/errors';

/** A piece of work that finishes when the test says so, recording how many ran at once. */
function controlledWork() {
  let running = 0;
  let mostAtOnce = 0;
  const finishers: Array<() => void> = [];
  const work = () =>
    new Promise<number>((resolve) => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      finishers.push(() => {
        running--;
        resolve(running);
      });
    });
  const finishNext = async () => {
    // Let queued acquisitions run before finishing the next piece of work.
    await new Promise((r) => setImmediate(r));
    finishers.shift()?.();
  };
  return { work, finishNext, mostAtOnce: () => mostAtOnce, started: () => finishers.length };
}

test('at most `limit` reads run at once; the rest run in turn, first come first served', async () => {
  const gate = new ReadGate(2);
  const w = controlledWork();
  const order: number[] = [];
  const all = [0, 1, 2, 3, 4].map((i) =>
    gate.run(60_000, async () => {
      order.push(i);
      return w.work();
    }),
  );
  await new Promise((r) => setImmediate(r));
  expect({ started: w.started(), waiting: gate.waiting }).toEqual({ started: 2, waiting: 3 });
  for (let i = 0; i < 5; i++) await w.finishNext();
  await Promise.all(all);
  expect({ order, mostAtOnce: w.mostAtOnce(), waiting: gate.waiting }).toEqual({
    order: [0, 1, 2, 3, 4],
    mostAtOnce: 2,
    waiting: 0,
  });
});

test('a read that finds no free slot within its time limit fails with SERVICE_BUSY and takes no slot later', async () => {
  const gate = new ReadGate(1);
  const w = controlledWork();
  const first = gate.run(60_000, w.work);
  const refused = gate.run(20, w.work).catch((error: unknown) => error);
  const error = await refused;
  expect(error).toBeInstanceOf(ServiceBusyError);
  expect((error as ServiceBusyError).extensions.code).toBe(ErrorCode.SERVICE_BUSY);
  await w.finishNext();
  await first;
  // The refused read's slot went straight back: a new read starts at once.
  const next = gate.run(60_000, w.work);
  await new Promise((r) => setImmediate(r));
  expect({ started: w.started(), waiting: gate.waiting, mostAtOnce: w.mostAtOnce() }).toEqual({
    started: 1,
    waiting: 0,
    mostAtOnce: 1,
  });
  await w.finishNext();
  await next;
});
