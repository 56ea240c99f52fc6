/** Characters of context kept either side of a quote (W3C prefix/suffix), as Hypothesis does. */
export const quoteContextLength = 32
