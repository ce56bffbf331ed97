import { expect } from '@jest/globals';
import { encodeCursor, pageWindow, toConnection } from '../../../src/data/pagination';

test('cursors round-trip to the next offset', () => {
  expect(pageWindow(10, encodeCursor(9), 100)).toEqual({ skip: 10, limit: 10 });
  expect(pageWindow(20, undefined, 100)).toEqual({ skip: 0, limit: 20 });
});

test('page size over the cap, negative or fractional is refused naming `first`', () => {
  for (const first of [101, -1, 1.5, null, undefined]) {
    expect(() => pageWindow(first, null, 100)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } }),
    );
  }
});

test('a cursor not made by this API is refused naming `after`', () => {
  for (const after of [
    'abc',
    Buffer.from('cg:-3').toString('base64url'),
    Buffer.from('xx:3').toString('base64url'),
    // Numbers JavaScript reads as integers but no page offset can be (issue 13).
    Buffer.from('cg:1e308').toString('base64url'),
    Buffer.from('cg:9007199254740993').toString('base64url'),
    Buffer.from('cg:3.0').toString('base64url'),
    Buffer.from('cg:03').toString('base64url'),
  ]) {
    expect(() => pageWindow(5, after, 100)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
    );
  }
});

test('connections carry cursors, totalCount and page info', () => {
  const connection = toConnection({ rows: ['c', 'd'], totalCount: 5, skip: 2 });
  expect(connection).toEqual({
    edges: [
      { cursor: encodeCursor(2), node: 'c' },
      { cursor: encodeCursor(3), node: 'd' },
    ],
    totalCount: 5,
    pageInfo: {
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    },
  });
  expect(toConnection({ rows: [], totalCount: 0, skip: 0 }).pageInfo).toEqual({
    hasNextPage: false,
    hasPreviousPage: false,
    startCursor: null,
    endCursor: null,
  });
});
