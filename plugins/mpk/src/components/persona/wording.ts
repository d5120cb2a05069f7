/** `A`, `A and B`, `A, B and C`: a list in a sentence, joined by `and` or `or`. */
export function joinWords(words: string[], conjunction: 'and' | 'or' = 'and') {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/** A role's title inside a sentence: `Customer developer` becomes `customer developer`. */
export function lowerFirst(text: string) {
  return text.charAt(0).toLocaleLowerCase('en-US') + text.slice(1);
}
