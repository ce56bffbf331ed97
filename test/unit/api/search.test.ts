import { expect } from '@jest/globals';
import { toLiteralLuceneQuery } from '../../../src/data/search';

test('Lucene operators in user text are escaped so they match literally', () => {
  expect(toLiteralLuceneQuery('DPRK')).toBe('DPRK');
  expect(toLiteralLuceneQuery('  groundless   rumours ')).toBe('groundless rumours');
  expect(toLiteralLuceneQuery('name:"x" AND (y OR z*)~2')).toBe('name\\:\\"x\\" and \\(y or z\\*\\)\\~2');
  expect(toLiteralLuceneQuery('a+b -c !d ^e [f] {g} ? \\ / &&')).toBe(
    'a\\+b \\-c \\!d \\^e \\[f\\] \\{g\\} \\? \\\\ \\/ \\&\\&',
  );
});

test('empty or overlong search text is refused naming `query`', () => {
  expect(() => toLiteralLuceneQuery('   ')).toThrow(
    expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'query' } }),
  );
  expect(() => toLiteralLuceneQuery('x'.repeat(201))).toThrow(
    expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'query' } }),
  );
});
