import type { StarterTexts } from './shape';

/**
 * German: the name stands where German does not decline it ("von {who}", never a genitive "-s"),
 * nouns that keep their gender whoever is meant ("die Führungskraft", "die Person"), the role after
 * "als", the place and period in parentheses. A note is quoted after a colon, as written.
 */
export const DE: StarterTexts = {
  lang: 'de',
  someone: '[Name]',
  example: 'Ein Beispiel: Als ',
  lowerNotes: false,
  greenLight: {
    hi: 'Hallo {name},',
    hiNoName: 'Hallo,',
    ask: 'ich schreibe gerade eine LinkedIn-Empfehlung für Sie und möchte, dass sie hervorhebt, was Ihnen wichtig ist. Unten steht mein Entwurf: Soll ich etwas ergänzen, ändern oder weglassen?',
    easyOut: 'Ganz ohne Druck: Wenn Sie die Empfehlung lieber nicht in Ihrem Profil hätten, sagen Sie es einfach.',
  },
  relation: {
    RECOMMENDER_MANAGED_RECOMMENDEE: 'Ich war die Führungskraft von {who}',
    RECOMMENDER_REPORTED_TO_RECOMMENDEE: 'Ich habe direkt an {who} berichtet',
    RECOMMENDER_SENIOR_THAN_RECOMMENDEE: 'Ich habe {who} als erfahrenere Person im Team begleitet',
    RECOMMENDEE_SENIOR_THAN_RECOMMENDER: 'In der Zusammenarbeit mit {who} konnte ich von viel Erfahrung profitieren',
    WORKED_IN_SAME_GROUP: 'Ich habe mit {who} im selben Team gearbeitet',
    WORKED_IN_DIFFERENT_GROUPS: 'Ich habe mit {who} teamübergreifend zusammengearbeitet',
    WORKED_IN_DIFFERENT_COMPANIES: 'Ich habe mit {who} über Unternehmensgrenzen hinweg zusammengearbeitet',
    RECOMMENDEE_CLIENT_OF_RECOMMENDER: 'Ich habe Aufträge für {who} übernommen',
    RECOMMENDER_CLIENT_OF_RECOMMENDEE: 'Ich habe {who} beauftragt',
    RECOMMENDER_TAUGHT_RECOMMENDEE: 'Ich habe {who} unterrichtet',
    RECOMMENDER_ADVISED_RECOMMENDEE: 'Ich habe {who} im Mentoring begleitet',
    STUDIED_TOGETHER: '{who} und ich haben zusammen studiert',
    TAUGHT_ME: '{who} hat mich unterrichtet',
    MENTORED_ME: '{who} hat mich im Mentoring begleitet',
  },
  openers: {
    context: [
      ['{relation}{where}, ', 'Ich habe mit {who} zusammengearbeitet{where}, '],
      'Ich hatte das Vergnügen, mit {who} zusammenzuarbeiten{where}[, während {who} als {role} tätig war], ',
      ['Kennengelernt habe ich {who} als {role}{where}, und schon bald ', '{who} und ich haben uns kennengelernt{where}, als '],
    ],
    skills: ['Ein Moment mit {who} ist mir besonders geblieben: {moment}. Dabei ', 'Was {who} auszeichnet, ist die Art, wie ', '{example}', '{who} hat ein seltenes Talent dafür, '],
    impact: ['Das Ergebnis: {result}. Damit ', 'Dank der Arbeit von {who} ', 'Innerhalb weniger Monate '],
    closing: ['Ich empfehle {who} jedem Team[, das jemanden als {role} sucht], denn ', 'Ich würde jederzeit wieder mit {who} zusammenarbeiten, ', 'Jedes Team kann sich glücklich schätzen, {who} zu haben, '],
  },
  upward: {
    context: [
      ['{relation}{where}, ', 'Ich habe mit {who} zusammengearbeitet{where}, '],
      '{who} war meine Führungskraft{where}, und ',
      ['Kennengelernt habe ich {who} als {role}{where}, und schon bald ', '{who} und ich haben uns kennengelernt{where}, als '],
    ],
    skills: ['An der Führung von {who} habe ich am meisten geschätzt, wie ', 'Wenn es schwierig wurde, hat {who} ', 'Von {who} habe ich gelernt, wie man '],
    impact: ['Unter der Führung von {who} haben wir Folgendes erreicht: {result}. Dabei ', 'Dank der Unterstützung von {who} konnte ich ', 'Unter der Führung von {who} hat unser Team '],
    closing: [
      'Jedes Team kann sich glücklich schätzen, {who} als Führungskraft zu haben, ',
      'Ich würde jederzeit wieder im Team von {who} arbeiten, ',
      'Ich empfehle {who} allen, die eine Führungskraft suchen, die ',
    ],
  },
};
