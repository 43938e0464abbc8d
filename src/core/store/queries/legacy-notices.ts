/**
 * Libraries written before notices had codes hold extraction warnings and date evidence as
 * English sentences only. These are the sentences those versions wrote (they were made from a
 * few fixed patterns); reading them back as codes lets every host word them in its language.
 */
import { notice, type Notice } from '../../../shared/api/notices';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Each pattern an older version wrote, and the notice it stands for. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => Notice][] = [
  [/^no article body found$/, () => notice('extract.no-body')],
  [/^extractor failed: (.*)$/s, (m) => notice('extract.failed', { detail: m[1]! })],
  [/^stated by the record$/, () => notice('date.from-record')],
  [/^stated near the title: "(.*)"$/s, (m) => notice('date.stated-near-title', { text: m[1]! })],
  [/^header line: "(.*)"$/s, (m) => notice('date.header-line', { text: m[1]! })],
  [
    /^"(.*)" and "(.*)" \(a (\w+)\) fix the week$/s,
    (m) => notice('date.weekday-fixes-week', { word: m[1]!, dateText: m[2]!, weekday: Math.max(0, WEEKDAYS.indexOf(m[3]!)) }),
  ],
  [/^"(.*)" after it is (\S+)$/s, (m) => notice('date.weekday-after', { word: m[1]!, date: m[2]! })],
  [
    /^the text speaks of "(.*)" but the latest month it names is "(.*)" \((\S+)\)$/s,
    (m) => notice('date.current-month', { phrase: m[1]!, named: m[2]!, namedMonth: m[3]! }),
  ],
  [/^so it points to (\S+), not (\S+)$/, (m) => notice('date.points-to', { month: m[1]!, header: m[2]! })],
];

/** A stored English sentence as the notice it stands for (`stored.text` when none fits). */
export function noticeFromStored(text: string): Notice {
  for (const [re, make] of PATTERNS) {
    const m = re.exec(text);
    if (m) return make(m);
  }
  return notice('stored.text', { text });
}

/** The coded form of a stored list: the stored codes when the row has them, else read back from its sentences. */
export function storedNotices(coded: Notice[] | undefined, sentences: string[] | undefined): Notice[] {
  return coded ?? (sentences ?? []).map(noticeFromStored);
}
