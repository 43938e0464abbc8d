import { describe, expect, it } from 'vitest';
import { findComments, isCommentHeading, parseCommentHeader } from '../../../../src/core/ingest/extract/comments';
import { splitLines } from '../../../../src/core/ingest/extract/segment';

describe('parseCommentHeader', () => {
  it('reads numbered German, English "says:" and French "Répondre" headers', () => {
    const de = splitLines('  3. Erika Muster 5. März 2024 um 9:07 Uhr - Antworten');
    expect(parseCommentHeader(de, 0)).toMatchObject({ author: 'Erika Muster', published: '2024-03-05T09:07' });
    const en = splitLines('John Q. Public says:\nMarch 9, 2017 at 3:02 pm');
    expect(parseCommentHeader(en, 0)).toMatchObject({ author: 'John Q. Public', published: '2017-03-09T15:02', lines: 2 });
    const fr = splitLines('• Jeanne 4 mai 2015 à 13h36 Répondre');
    expect(parseCommentHeader(fr, 0)).toMatchObject({ author: 'Jeanne', published: '2015-05-04T13:36', bulleted: true });
  });
  it('does not take a sentence with a date for a header', () => {
    expect(parseCommentHeader(splitLines('The law was passed on March 9, 2017 by the senate.'), 0)).toBeNull();
  });
  it('does not take a date line for a header: no name stands where the author would', () => {
    // A page's own date line, printed twice; the lines under it are the article, not a comment.
    expect(parseCommentHeader(splitLines('12.05.2021 | 08:40 Uhr 12.05.2021 um 08:40 Uhr'), 0)).toBeNull();
    expect(parseCommentHeader(splitLines('10.03.2017 · 01:26 · 10.03.2017'), 0, true)).toBeNull();
    expect(parseCommentHeader(splitLines('Jane Roe · March 10, 2017 at 1:26 AM'), 0, true)).toMatchObject({ author: 'Jane Roe' });
  });
});

describe('findComments', () => {
  it('opens no comment section at a heading that counts none', () => {
    const lines = splitLines('Harbour city votes\nJane Doe · 3. März 2024, 09:15\n0 Kommentare\nDer Rat hat am Montag beschlossen, die Schiffe aus dem Hafen zu verbannen.\nAnna Muster · 4. März 2024, 10:00\nDie Läden werden leiden.');
    expect(findComments(lines, 0, () => false).headingLine).toBe(-1);
  });
  it('finds comments, their text and replies by indent or bullet', () => {
    const text = [
      '3 Comments', '',
      '1. Alice 2 May 2023 at 10:00 - Reply', '', '   First point.', '',
      '   • Bob 2 May 2023 at 11:00 - Reply', '', '     I disagree.', '',
      '2. Carol 3 May 2023 at 08:15 - Reply', '', '   Thanks for the article.', '',
      'Comment policy: be civil.',
    ].join('\n');
    const lines = splitLines(text);
    const r = findComments(lines, 0, (i) => lines[i]!.text.startsWith('Comment policy'));
    expect(r.headingLine).toBe(0);
    expect(r.comments.map((c) => [c.author, c.published, c.replyTo])).toEqual([
      ['Alice', '2023-05-02T10:00', null], ['Bob', '2023-05-02T11:00', 0], ['Carol', '2023-05-03T08:15', null],
    ]);
    expect(lines[r.comments[2]!.last]!.text).toBe('Thanks for the article.');
  });
  it('reads "name · date" headers inside a comment section', () => {
    const lines = splitLines('Comments\nJane Roe · March 10, 2017 at 1:26 AM\nGood read.\nReport\nMax · March 11, 2017 at 2:00 PM\nAgreed.');
    const r = findComments(lines, 0, () => false);
    expect(r.comments.map((c) => c.author)).toEqual(['Jane Roe', 'Max']);
  });
});

describe('isCommentHeading', () => {
  it('accepts comment counts and rejects headlines that contain the word', () => {
    expect(isCommentHeading('20 Kommentare')).toBe(true);
    expect(isCommentHeading('There are 13 comments')).toBe(true);
    expect(isCommentHeading('23 réactions que toute personne ayant travaillé…')).toBe(false);
  });
});
