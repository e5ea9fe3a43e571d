import { describe, expect, it } from 'vitest';
import { isProfileLink, memberUrnFromText, readMemberUrn, readViewer } from '@/components/linkedin/identity';

const ID = 'ACoAABcD3fG7hJ9kL2mN4pQ6rS8tU0vW1xY2zA4';
const doc = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');

describe('memberUrnFromText', () => {
  it.each([
    [`urn:li:fsd_profile:${ID}`, `urn:li:fsd_profile:${ID}`],
    [`profileUrn=urn%3Ali%3Afsd_profile%3A${ID}&x=1`, `urn:li:fsd_profile:${ID}`],
    [`com.linkedin.sdui.profile.card.ref${ID}Topcard`, `urn:li:fsd_profile:${ID}`],
    [`urn:li:fs_miniProfile:${ID}`, null],
    ['urn:li:fsd_profile:ACoShort', null],
    ['%E0%A4%A', null],
    ['', null],
    [null, null],
  ])('%s', (text, urn) => expect(memberUrnFromText(text)).toBe(urn));
});

describe('isProfileLink', () => {
  it.each([
    ['https://www.linkedin.com/in/sam-rivera', true],
    ['/in/sam%2Drivera/', true],
    ['/in/sam-rivera/?miniProfileUrn=x', true],
    ['/in/sam-rivera/details/recommendations/', false],
    ['/in/sam-rivera/overlay/about-this-profile/', false],
    ['/in/sam-rivera/edit/intro/', false],
    ['/company/acme/', false],
    ['http://[bad', false],
  ])('%s', (href, yes) => expect(isProfileLink(doc(`<a href="${href}">x</a>`).querySelector('a')!)).toBe(yes));
});

describe('readViewer', () => {
  it.each([
    ['legacy Me menu', '<header id="global-nav"><nav><li><button><img alt="Alex Morgan">Me</button><div><a href="/in/alex-morgan/">View Profile</a></div></li></nav></header>', { id: 'alex-morgan', name: 'Alex Morgan' }],
    ['new nav, name in the link', '<header><nav><li><button aria-label="Me"></button><div><a href="/in/alex%2Dmorgan/"><p>Alex Morgan</p><span>View profile</span></a></div></li></nav></header>', { id: 'alex-morgan', name: 'Alex Morgan' }],
    ['no Me menu: the only profile link in the navigation', '<nav><a href="/in/alex-morgan/">Alex Morgan</a></nav>', { id: 'alex-morgan', name: 'Alex Morgan' }],
    ['people in main are not the viewer', '<main><nav><a href="/in/sam-rivera/">Sam</a></nav></main>', null],
    ['"Messaging" is not "Me"', '<header><nav><li><a href="/messaging/">Messaging</a><a href="/in/sam-rivera/details/x/">x</a></li></nav></header>', null],
    ['no navigation', '<p>hello</p>', null],
  ])('%s', (_, html, viewer) => expect(readViewer(doc(html))).toEqual(viewer));
});

describe('readMemberUrn', () => {
  const url = (u: string) => new URL(u);
  it.each([
    ['form URL profileUrn=', '', `https://www.linkedin.com/in/sam/edit/forms/recommendation/write/?profileUrn=urn%3Ali%3Afsd_profile%3A${ID}`, 'sam', ID],
    ['member id in the path', '', `https://www.linkedin.com/in/${ID}/`, ID, ID],
    ['top card component key', `<section componentkey="com.linkedin.sdui.profile.card.ref${ID}Topcard"></section>`, 'https://www.linkedin.com/in/sam/', 'sam', ID],
    ['legacy see-all link of this profile', `<a href="https://www.linkedin.com/in/sam/details/recommendations?profileUrn=urn%3Ali%3Afsd_profile%3A${ID}">x</a>`, 'https://www.linkedin.com/in/sam/', 'sam', ID],
    ['someone else\'s link is ignored', `<a href="https://www.linkedin.com/in/dana/?profileUrn=urn%3Ali%3Afsd_profile%3A${ID}">x</a>`, 'https://www.linkedin.com/in/sam/', 'sam', null],
    ['a URN only in a script is ignored', `<script type="application/json">{"u":"urn:li:fsd_profile:${ID}"}</script>`, 'https://www.linkedin.com/in/sam/', 'sam', null],
  ])('%s', (_, html, u, contact, id) => {
    expect(readMemberUrn(doc(html), url(u), contact)).toBe(id ? `urn:li:fsd_profile:${id}` : null);
  });
});
