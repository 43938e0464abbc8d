/**
 * Russian, Ukrainian and Belarusian patronymics in German, English and French renderings
 * (`Sergejewitsch`, `Sergeyevich`, `Iljitsch`, `Petrowna`, `Fyodorovna`, `Ivanovych`, `Ivanivna`):
 * the father's name, said between a person's given name and surname. It names no one by
 * itself and is no given name, so grouping a name reads past it.
 */
import { foldText } from './fold';

const MALE = /[vwjy](?:itsch|itch|ich|ytsch|ytch|ych)$/;
const FEMALE = /(?:[oe]wna|[oe]vna|ivna|itschna|ichna|ytschna)$/;

/** True for a patronymic (see the module comment): a father's name, two letters or more, before the ending. */
export function isPatronymic(word: string): boolean {
  if (word.length < 6) return false;
  const f = foldText(word);
  const m = MALE.exec(f) ?? FEMALE.exec(f);
  return m !== null && m.index >= 2;
}
