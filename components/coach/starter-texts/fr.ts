import type { StarterTexts } from './shape';

/**
 * French: the name never follows "de", "que" or "le", which would have to elide before a vowel
 * ("d’Anna"); nothing agrees with the person's gender or the writer's; the role follows "comme";
 * a no-break space stands before colons.
 */
export const FR: StarterTexts = {
  lang: 'fr',
  someone: '[prénom]',
  example: 'Un exemple\u00a0: quand ',
  lowerNotes: true,
  greenLight: {
    hi: 'Bonjour {name},',
    hiNoName: 'Bonjour,',
    ask: 'Je vous écris une recommandation LinkedIn et j’aimerais qu’elle mette en avant ce qui compte pour vous. Mon brouillon est ci-dessous\u00a0: voulez-vous que j’ajoute, modifie ou retire quelque chose\u00a0?',
    easyOut: 'Aucune obligation\u00a0: si vous préférez ne pas l’avoir sur votre profil, dites-le-moi simplement.',
  },
  relation: {
    RECOMMENDER_MANAGED_RECOMMENDEE: 'J’ai encadré {who}',
    RECOMMENDER_REPORTED_TO_RECOMMENDEE: 'J’étais dans l’équipe dirigée par {who}',
    RECOMMENDER_SENIOR_THAN_RECOMMENDEE: 'J’ai accompagné {who} au sein de l’équipe, avec quelques années d’expérience de plus',
    RECOMMENDEE_SENIOR_THAN_RECOMMENDER: 'J’ai travaillé avec {who}, qui avait plus d’expérience que moi',
    WORKED_IN_SAME_GROUP: 'J’ai travaillé avec {who} dans la même équipe',
    WORKED_IN_DIFFERENT_GROUPS: 'J’ai collaboré avec {who} entre deux équipes',
    WORKED_IN_DIFFERENT_COMPANIES: 'J’ai travaillé avec {who} depuis une autre entreprise',
    RECOMMENDEE_CLIENT_OF_RECOMMENDER: 'J’ai travaillé pour {who} en tant que prestataire',
    RECOMMENDER_CLIENT_OF_RECOMMENDEE: 'J’ai fait appel à {who}',
    RECOMMENDER_TAUGHT_RECOMMENDEE: 'J’ai eu {who} comme élève',
    RECOMMENDER_ADVISED_RECOMMENDEE: 'J’ai accompagné {who} dans le cadre d’un mentorat',
    STUDIED_TOGETHER: '{who} et moi avons étudié ensemble',
    TAUGHT_ME: '{who} m’a transmis son savoir',
    MENTORED_ME: 'J’ai suivi un mentorat avec {who}',
  },
  openers: {
    context: [
      ['{relation}{where}, ', 'J’ai travaillé avec {who}{where}, '],
      'J’ai eu le plaisir de travailler avec {who}{where}[, quand {who} travaillait comme {role}], ',
      ['J’ai connu {who} comme {role}{where}, et très vite ', 'J’ai rencontré {who}{where} au moment où '],
    ],
    skills: ['Un moment avec {who} m’a marqué\u00a0: {moment}. Ce jour-là, ', 'Ce qui distingue {who}, c’est la façon dont ', '{example}', '{who} a un vrai talent pour '],
    impact: ['Le résultat\u00a0: {result}, ', 'Grâce à {who}, ', 'En quelques mois, '],
    closing: ['Je recommande {who} à toute équipe[ qui cherche un profil comme {role}], car ', 'Je retravaillerais volontiers avec {who}, ', 'Toute équipe aurait de la chance d’avoir {who}, '],
  },
  upward: {
    context: [
      ['{relation}{where}, ', 'J’ai travaillé avec {who}{where}, '],
      'J’ai eu {who} comme manager{where}, et ',
      ['J’ai connu {who} comme {role}{where}, et très vite ', 'J’ai rencontré {who}{where} au moment où '],
    ],
    skills: ['Ce que j’apprécie le plus chez {who} comme manager, c’est la façon dont ', 'Dans les moments difficiles, {who} ', '{who} m’a appris à '],
    impact: ['Avec {who} à la tête de l’équipe, nous avons obtenu ce résultat\u00a0: {result}, ', 'Grâce à {who} et à son soutien, j’ai pu ', 'Avec {who} à sa tête, notre équipe '],
    closing: [
      'Toute équipe aurait de la chance d’avoir {who} comme manager, ',
      'Je retravaillerais volontiers avec {who} comme manager, ',
      'Je recommande {who} à toute équipe en quête d’un leadership qui ',
    ],
  },
};
