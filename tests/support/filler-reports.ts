/**
 * Reports of other, unrelated events (a bridge opened somewhere each), generated: a library large
 * enough for a few more reports to be folded into the views rather than have them built afresh.
 * `from` numbers the first, so later calls give reports the earlier ones did not.
 */
export function fillers(n: number, from = 0): { name: string; text: string }[] {
  const syl = ['Ko', 'Ra', 'Mi', 'Lu', 'Be', 'Ta', 'No', 'Se', 'Fa', 'Du'];
  const word = (i: number, k: number) => syl[i % 10]! + syl[Math.floor(i / 10) % 10]!.toLowerCase() + ['nd', 'rt', 'lm', 'sch'][k % 4];
  return Array.from({ length: n }, (_, j) => {
    const i = from + j;
    return {
      name: `filler-${i}.txt`,
      text: `Brücke in ${word(i, 0)}\n\n${(i % 27) + 1}. März 2019\n\nAm ${(i % 27) + 1}. März 2019 eröffnete Bürgermeisterin Anna ${word(i, 1)} in ${word(i, 0)} eine neue Brücke über die ${word(i, 2)}. ` +
        `Der Bau hatte ${(i % 9) + 2} Jahre gedauert, sagte Ingenieur Paul ${word(i, 3)} den Gästen.\n`,
    };
  });
}
