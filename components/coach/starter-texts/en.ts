import type { StarterTexts } from './shape';

/** English: the place and the period follow the sentence as English puts them ("at Northwind 2019-2022"). */
export const EN: StarterTexts = {
  lang: 'en',
  someone: 'They',
  example: 'One example: when ',
  moment: /^(?:\w+ed|(?:re)?(?:built|wrote|made|ran|set|did)|led|taught|gave|took|found|kept|brought|sold|won|drove|spent|got|met|thought|stood|grew)\b/i,
  lowerNotes: true,
  greenLight: {
    hi: 'Hi {name},',
    hiNoName: 'Hi,',
    ask: "I'm writing you a LinkedIn recommendation and would like it to highlight what matters to you. My draft is below: is there anything you'd like me to add, change or leave out?",
    easyOut: 'No pressure either way, and if you would rather not have it on your profile, just say so.',
  },
  relation: {
    RECOMMENDER_MANAGED_RECOMMENDEE: 'I managed {who}',
    RECOMMENDER_REPORTED_TO_RECOMMENDEE: 'I reported to {who}',
    RECOMMENDER_SENIOR_THAN_RECOMMENDEE: 'I worked with {who} as a more senior colleague',
    RECOMMENDEE_SENIOR_THAN_RECOMMENDER: 'I worked with {who}, who was senior to me',
    WORKED_IN_SAME_GROUP: 'I worked with {who} on the same team',
    WORKED_IN_DIFFERENT_GROUPS: 'I worked with {who} across teams',
    WORKED_IN_DIFFERENT_COMPANIES: 'I worked with {who} from another company',
    RECOMMENDEE_CLIENT_OF_RECOMMENDER: '{who} was my client',
    RECOMMENDER_CLIENT_OF_RECOMMENDEE: "I was {who}'s client",
    RECOMMENDER_TAUGHT_RECOMMENDEE: 'I taught {who}',
    RECOMMENDER_ADVISED_RECOMMENDEE: 'I mentored {who}',
    STUDIED_TOGETHER: '{who} and I studied together',
    TAUGHT_ME: '{who} taught me',
    MENTORED_ME: '{who} mentored me',
  },
  openers: {
    context: [
      ['{relation}[ at {company}][ {period}], ', 'I worked with {who}[ at {company}][ {period}], '],
      'I had the pleasure of working with {who}[ at {company}][ {period}][ while {who} was {role}], ',
      ['I got to know {who} as {role}[ at {company}], where ', '{who} and I met[ at {company}][ {period}] when '],
    ],
    skills: ['I remember when {who} {moment}: ', 'What sets {who} apart is how ', '{example}', '{who} has a rare knack for '],
    impact: ['The result: {result}, ', "Because of {who}'s work, ", 'Within a few months, '],
    closing: [['I recommend {who} to any team looking for {aRole} who ', 'I recommend {who} to any team looking for someone who '], 'I would work with {who} again ', 'Any team would be lucky to have {who}, '],
  },
  upward: {
    context: [
      ['{relation}[ at {company}][ {period}], ', 'I worked with {who}[ at {company}][ {period}], '],
      '{who} was my manager[ at {company}][ {period}], and ',
      ['I got to know {who} as {role}[ at {company}], where ', '{who} and I met[ at {company}][ {period}] when '],
    ],
    skills: ["What I valued most in {who}'s leadership was how ", 'When things got hard, {who} ', '{who} taught me how to '],
    impact: ["Under {who}'s leadership, {result}, ", "Because of {who}'s support, I was able to ", "Under {who}'s leadership, our team "],
    closing: ['Any team would be lucky to work for {who}, ', 'I would gladly work for {who} again, ', 'I recommend {who} to anyone looking for a leader who '],
  },
  more: ({ role }) => ({ aRole: role && `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}` }),
};
