/**
 * Anchors a quote in its article's text, in the manner of the W3C Web Annotation
 * TextQuoteSelector (exact, prefix, suffix) plus a TextPositionSelector-like `start`.
 * Both texts are normalised first (`normaliseQuoteText`), so a quote typed with straight quotes
 * and single spaces still anchors in an article with curly quotes and line breaks; the stored
 * offsets and context refer to the normalised article text.
 */

/** Characters of context kept either side of the quote. */
export const QUOTE_CONTEXT_CHARS = 32;

export interface QuoteAnchor {
  /** The quote as it occurs in the normalised article text. */
  exact: string;
  /** Up to 32 characters before it (fewer at the start of the text). */
  prefix: string;
  /** Up to 32 characters after it. */
  suffix: string;
  /** Offset of `exact` in the normalised article text, in UTF-16 code units (JavaScript string indices). */
  start: number;
}

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2035\u02bc]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/g;
// \s covers NBSP, thin and other Unicode spaces, line and paragraph separators.
const WHITESPACE = /\s+/g;

/**
 * Unicode NFC; typographic single quotes and apostrophes → `'`; typographic double quotes and
 * guillemets → `"`; every run of whitespace → one space; trimmed.
 */
export function normaliseQuoteText(text: string): string {
  return text
    .normalize('NFC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * Where `quote` occurs in `articleText` (first occurrence, case-sensitive: a quote is verbatim),
 * or null when it does not occur or is empty after normalisation.
 */
export function anchorQuote(articleText: string, quote: string): QuoteAnchor | null {
  const text = normaliseQuoteText(articleText);
  const exact = normaliseQuoteText(quote);
  if (exact === '') return null;
  const start = text.indexOf(exact);
  if (start < 0) return null;
  const end = start + exact.length;
  return {
    exact,
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_CHARS),
    start,
  };
}
