import { Metrics } from '../../../src/observability/metrics';
import { requestIdFrom } from '../../../src/observability/requestId';

describe('operation label', () => {
  test('names are kept up to 200 distinct values, then counted as "other"', () => {
    const metrics = new Metrics();
    expect(metrics.operationLabel(null)).toBe('anonymous');
    for (let i = 0; i < 200; i++) expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(metrics.operationLabel('Op200')).toBe('other');
    expect(metrics.operationLabel('Op7')).toBe('Op7');
  });

  test('something that is not a GraphQL name is "other"', () => {
    expect(new Metrics().operationLabel('a"b\n')).toBe('other');
  });
});

describe('requestIdFrom', () => {
  test.each(['abc', 'lb-1:2.3_4', 'x'.repeat(128)])('keeps %s', (id) => {
    expect(requestIdFrom(id)).toBe(id);
  });
  test.each([undefined, '', 'has space', 'x'.repeat(129), 'line\nbreak', '{"json":1}'])(
    'replaces %p with a UUID',
    (id) => {
      expect(requestIdFrom(id)).toMatch(/^[0-9a-f-]{36}$/);
    },
  );
  test('takes the first of repeated headers', () => {
    expect(requestIdFrom(['one', 'two'])).toBe('one');
  });
});
