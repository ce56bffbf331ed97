import { anchorQuote, normaliseQuoteText } from '../../../src/ingest/anchorQuote';

// From reporting of another story: a wire report on a port strike, with curly quotes, a
// non-breaking space and a line break inside the quoted sentence.
const ARTICLE =
  'ROTTERDAM (Reuters) - Dock workers walked out on Monday.\n\nThe union said: \u201cWe will not\u00a0unload\nanother ship until the talks resume.\u201d A port spokeswoman said it was \u2018too early\u2019 to say how long the strike would last.';

describe('anchorQuote', () => {
  it('anchors a quote typed with straight quotes and single spaces', () => {
    expect(anchorQuote(ARTICLE, 'We will not unload another ship until the talks resume.')).toEqual({
      exact: 'We will not unload another ship until the talks resume.',
      prefix: 'out on Monday. The union said: "',
      suffix: '" A port spokeswoman said it was',
      start: 74,
    });
  });

  it('normalises typographic quotes in the quote as well', () => {
    expect(anchorQuote(ARTICLE, '\u2018too early\u2019')).toMatchObject({ exact: "'too early'", start: 162 });
    expect(anchorQuote(ARTICLE, "'too early'")).toMatchObject({ exact: "'too early'", start: 162 });
  });

  it('gives short context at the edges of the text', () => {
    expect(anchorQuote(ARTICLE, 'ROTTERDAM (Reuters)')).toEqual({
      exact: 'ROTTERDAM (Reuters)',
      prefix: '',
      suffix: ' - Dock workers walked out on Mo',
      start: 0,
    });
  });

  it('refuses a quote that does not occur, differs in case or is blank', () => {
    expect(anchorQuote(ARTICLE, 'We will never unload another ship')).toBeNull();
    expect(anchorQuote(ARTICLE, 'we will not unload')).toBeNull();
    expect(anchorQuote(ARTICLE, ' \n ')).toBeNull();
  });

  it('normalises whitespace and quotes only', () => {
    expect(normaliseQuoteText('  \u00abNon\u00bb,\u2009dit-il\r\n\u201cOui\u201d  ')).toBe(
      '"Non", dit-il "Oui"',
    );
  });
});
