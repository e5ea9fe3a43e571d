import { describe, expect, it } from 'vitest';
import { DETECTORS, normaliseProfileId, pageKind, pageProfileId, profileIdFromHref, profileIdFromPath, type PageKind } from '@/storage/linkedin-urls';

/** Realistic URLs for every page kind; each must match its own detector and no other. */
const CASES: Record<PageKind, string[]> = {
  'own-profile': [
    'https://www.linkedin.com/in/me/',
    'https://www.linkedin.com/in/me',
    'https://www.linkedin.com/in/me/?trk=nav_responsive_tab_profile',
  ],
  profile: [
    'https://www.linkedin.com/in/jane-doe-42/',
    'https://www.linkedin.com/in/jane-doe-42',
    'https://www.linkedin.com/in/jane%2Ddoe%2D42/',
    'https://www.linkedin.com/in/jane-doe-42/en/',
    'https://www.linkedin.com/in/jane-doe-42/fr',
    'https://www.linkedin.com/in/ACoAAA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7/',
    'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAA',
    'https://linkedin.com/in/Sam-Rivera/',
  ],
  recommendations: [
    'https://www.linkedin.com/in/jane-doe-42/details/recommendations/',
    'https://www.linkedin.com/in/jane-doe-42/details/recommendations',
    'https://www.linkedin.com/in/jane%2Ddoe%2D42/details/recommendations/?detailScreenTabIndex=1',
    'https://www.linkedin.com/in/me/details/recommendations/?detailScreenTabIndex=2',
  ],
  'request-form': [
    'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/request/',
    'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/request/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7',
    'https://www.linkedin.com/in/jane%2Ddoe%2D42/edit/forms/recommendation/request',
  ],
  'write-form': [
    'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/write/',
    'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/write/?profileFormEntryPoint=PROFILE_SECTION&profileUrn=urn%3Ali%3Afsd_profile%3AACoAAA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7&trackingId=abc%3D%3D',
    'https://www.linkedin.com/in/ACoAAA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7/edit/forms/recommendation/write',
  ],
  'ask-form': [
    'https://www.linkedin.com/in/me/edit/forms/recommendation/ask/',
    'https://www.linkedin.com/in/me/edit/forms/recommendation/ask/?trk=x',
  ],
  feed: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/feed',
    'https://www.linkedin.com/',
    'https://www.linkedin.com/feed/?doFeedRefresh=true',
  ],
  other: [
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://www.linkedin.com/jobs/view/123/',
    'https://www.linkedin.com/mynetwork/',
    'https://www.linkedin.com/in/jane-doe-42/details/experience/',
    'https://www.linkedin.com/in/jane-doe-42/recent-activity/all/',
    'https://www.linkedin.com/in/jane-doe-42/overlay/about-this-profile/',
    'https://www.linkedin.com/in/jane-doe-42/edit/forms/position/new/',
    'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/other/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/feedback/',
    'https://www.example.com/in/jane-doe-42/',
    'http://www.linkedin.com/in/jane-doe-42/',
  ],
};

describe('URL detectors', () => {
  for (const [kind, urls] of Object.entries(CASES) as [PageKind, string[]][]) {
    for (const url of urls) {
      it(`${url} is ${kind} and nothing else`, () => {
        const u = new URL(url);
        const matching = Object.entries(DETECTORS)
          .filter(([, test]) => test(u))
          .map(([k]) => k);
        expect(matching).toEqual(kind === 'other' ? [] : [kind]);
        expect(pageKind(u)).toBe(kind);
      });
    }
  }

  it('every detector has test URLs', () => {
    for (const kind of Object.keys(DETECTORS)) expect(CASES[kind as PageKind]?.length).toBeGreaterThan(1);
  });
});

describe('profile ids', () => {
  it.each([
    ['jane%2Ddoe%2D42', 'jane-doe-42'],
    ['Jane-Doe-42', 'jane-doe-42'],
    ['jos%C3%A9-garc%C3%ADa', 'josé-garcía'],
    ['ACoAAA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7', 'ACoAAA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7'],
    ['bad%E0%A4%A', 'bad%e0%a4%a'],
  ])('%s → %s', (raw, id) => expect(normaliseProfileId(raw)).toBe(id));

  it('reads ids from hrefs and page URLs', () => {
    expect(profileIdFromHref('https://www.linkedin.com/in/jane%2Ddoe%2D42?miniProfileUrn=x')).toBe('jane-doe-42');
    expect(profileIdFromHref('/in/sam-rivera/')).toBe('sam-rivera');
    expect(profileIdFromHref('/company/acme/')).toBeNull();
    expect(pageProfileId(new URL('https://www.linkedin.com/in/jane%2Ddoe%2D42/edit/forms/recommendation/write/'))).toBe('jane-doe-42');
    expect(pageProfileId(new URL('https://www.linkedin.com/feed/'))).toBeNull();
  });

  it('reads a plain profile address without the URL parser, to the same id as with it', () => {
    const hrefs = [
      'https://www.linkedin.com/in/jane-doe-42/',
      'https://www.linkedin.com/in/Jane_Doe',
      'https://www.linkedin.com/in/ACoAAB1234567890abcdefghijklmnopqrstuv/',
      'https://www.linkedin.com/in/jane.doe/',
      'https://www.linkedin.com/in/jos%C3%A9/',
      'https://www.linkedin.com/in/%2525/',
      'https://www.linkedin.com/in/jane-doe/details/recommendations/',
      'https://www.linkedin.com/in/jane-doe?x=1',
      'https://www.linkedin.com/in/jane-doe#top',
      'https://www.linkedin.com/in/../company/acme/',
      'https://www.linkedin.com/in//',
      'https://WWW.LINKEDIN.COM/in/Jane-Doe/',
    ];
    for (const href of hrefs) expect(profileIdFromHref(href), href).toBe(profileIdFromPath(new URL(href).pathname));
  });
});
