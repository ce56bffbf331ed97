import { actorMatchKeys, foldSpelling, nearDuplicateReason } from '../../../src/ingest/nearDuplicates';

// Names from reporting beyond the seed story: Ukrainian, Turkish, Polish, German, Korean,
// Spanish and Arabic names and bodies, each with the variant a wire report might use.
describe('nearDuplicateReason', () => {
  it.each([
    ['Zelensky', 'Zelenskyy', 'TRANSLITERATION'],
    ['Zelenskiy', 'Zelenskyy', 'TRANSLITERATION'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'TRANSLITERATION'],
    ['Kharkiv', 'Harkiv', 'TRANSLITERATION'],
    ['Robert Mueller', 'Robert Müller', 'TRANSLITERATION'],
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'ACCENTS'],
    ['Łódź', 'Lodz', 'ACCENTS'],
    ['Володимир Зеленський', 'Volodymyr Zelenskyi', 'TRANSLITERATION'],
    ['President Zelensky', 'Zelensky', 'TITLE'],
    ['Prime Minister Pedro Sánchez', 'Pedro Sanchez', 'TITLE'],
    ['Gen. Valery Gerasimov', 'Valery Gerasimov', 'TITLE'],
    ['Kim Jong Un', 'Jong Un Kim', 'WORD_ORDER'],
    ['NIS', 'National Intelligence Service', 'ACRONYM'],
    ['N.I.S.', 'National Intelligence Service', 'ACRONYM'],
    ['IAEA', 'International Atomic Energy Agency', 'ACRONYM'],
    ['Zelensky', 'Volodymyr Zelenskyy', 'PART_OF_NAME'],
    ['Zelenkyy', 'Zelenskyy', 'SPELLING'],
    ['Sergei Shoigu', 'Sergey Shoygu', 'TRANSLITERATION'],
  ])('%s ~ %s: %s', (a, b, reason) => {
    expect(nearDuplicateReason(a, b)).toBe(reason);
    expect(nearDuplicateReason(b, a)).toBe(reason);
  });

  it.each([
    ['Zelenskyy', 'Zelenskyy'],
    ['Olena Zelenska', 'Volodymyr Zelenskyy'],
    ['NIS', 'National Investigation Bureau'],
    ['Kim', 'Kim Jong Un'],
    ['Ministry of Defence of Ukraine', 'Ministry of Foreign Affairs of Ukraine'],
    ['Hamas', 'Hezbollah'],
    ['Iran', 'Iraq'],
    ['Unit 8200', 'Unit 8201'],
    ['UN Security Council Resolution 2231', 'UN Security Council Resolution 2232'],
    ['47th Mechanized Brigade', '41st Mechanized Brigade'],
  ])('%s and %s are not near duplicates', (a, b) => {
    expect(nearDuplicateReason(a, b)).toBeNull();
  });
});

describe('actorMatchKeys', () => {
  it('gives folded name, word order, word, acronym and initials keys', () => {
    expect(actorMatchKeys('National Intelligence Service', ['NIS'])).toEqual([
      'a:nis',
      'i:nis',
      'n:national_inteligence_service',
      'n:nis',
      'o:inteligence_national_service',
      'o:nis',
      'w:inteligence',
      'w:national',
      'w:service',
    ]);
    expect(actorMatchKeys('President Volodymyr Zelenskyy')).toEqual([
      'i:vz',
      'n:volodimir_zelenski',
      'o:volodimir_zelenski',
      'w:volodimir',
      'w:zelenski',
    ]);
  });

  it('folds spelling variants to one form', () => {
    expect(['zelensky', 'zelenskyy', 'zelenskiy', 'zelenskij', 'zelenskyi'].map(foldSpelling)).toEqual(
      Array(5).fill('zelenski'),
    );
  });
});
