import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/ingest/extract/index';
import { metaCandidate } from '../../../../src/core/ingest/extract/meta-date';

const page = (meta: string, dateLine: string) => `<html><head><title>Graduation party on a budget</title>${meta}</head><body>
<nav><a>Home</a> <a>Food</a> <a>Garden</a></nav>
<article><h1>Graduation party on a budget</h1><p>${dateLine}</p>
<p>Graduation parties are a great way to mark the years of hard work that students put into school, and they need not cost a fortune to be remembered.</p>
<p>Start with the guest list, since the number of people decides nearly everything else, from the food you serve to the room you need for the day.</p>
<p>Ask relatives to bring a dish each, borrow chairs from the neighbours and send invitations by mail, which costs nothing at all.</p></article>
<footer>© 2016 Leaf Group</footer></body></html>`;

describe('the publication date a page\'s metadata states', () => {
  it('reads a day written the site\'s way, not only ISO', () => {
    expect(metaCandidate('05/08/2014 07:01:00', true)?.date).toMatchObject({ year: 2014, month: 5, day: 8 });
    expect(metaCandidate('Dec 7, 2026', false)?.date).toMatchObject({ year: 2026, month: 12, day: 7 });
    expect(metaCandidate('07.12.2026 14:03', false)?.date).toMatchObject({ year: 2026, month: 12, day: 7, hour: 14, minute: 3 });
    expect(metaCandidate('2026', false)).toBeNull();
  });

  it('dates a page that prints only its last revision by its first publication', () => {
    const x = extract({ text: page('<meta name="publish_date" content="05/08/2014 07:01:00">', 'Last updated September 14, 2016'), format: 'html' });
    expect(x.published?.slice(0, 10)).toBe('2014-05-08');
  });

  it('keeps the printed date where it is a publication, or the metadata is later than the revision', () => {
    expect(extract({ text: page('<meta name="publish_date" content="05/08/2014 07:01:00">', 'Published September 14, 2016'), format: 'html' }).published?.slice(0, 10)).toBe('2016-09-14');
    expect(extract({ text: page('<meta name="publish_date" content="10/08/2017 07:01:00">', 'Last updated September 14, 2016'), format: 'html' }).published?.slice(0, 10)).toBe('2016-09-14');
  });
});
