import type { StarterTexts } from './shape';

/**
 * Spanish, neutral for Latin America: words that name anyone whatever their gender ("colega",
 * "docente", "líder"), the role after "como", the place and period in parentheses.
 */
export const ES: StarterTexts = {
  lang: 'es',
  someone: '[nombre]',
  example: 'Un ejemplo: cuando ',
  lowerNotes: true,
  greenLight: {
    hi: 'Hola, {name}:',
    hiNoName: 'Hola:',
    ask: 'Estoy escribiendo una recomendación de LinkedIn para ti y me gustaría que destacara lo que más te importa. Abajo está mi borrador: ¿quieres que añada, cambie o quite algo?',
    easyOut: 'Sin ningún compromiso: si prefieres no tenerla en tu perfil, solo dímelo.',
  },
  relation: {
    RECOMMENDER_MANAGED_RECOMMENDEE: 'Coordiné el trabajo de {who}',
    RECOMMENDER_REPORTED_TO_RECOMMENDEE: 'Trabajé bajo la dirección de {who}',
    RECOMMENDER_SENIOR_THAN_RECOMMENDEE: 'Acompañé a {who} como colega con más experiencia',
    RECOMMENDEE_SENIOR_THAN_RECOMMENDER: 'Trabajé con {who}, que tenía más experiencia que yo',
    WORKED_IN_SAME_GROUP: 'Trabajé con {who} en el mismo equipo',
    WORKED_IN_DIFFERENT_GROUPS: 'Trabajé con {who} entre distintos equipos',
    WORKED_IN_DIFFERENT_COMPANIES: 'Trabajé con {who} desde otra empresa',
    RECOMMENDEE_CLIENT_OF_RECOMMENDER: 'Presté mis servicios a {who}',
    RECOMMENDER_CLIENT_OF_RECOMMENDEE: 'Contraté los servicios de {who}',
    RECOMMENDER_TAUGHT_RECOMMENDEE: 'Fui docente de {who}',
    RECOMMENDER_ADVISED_RECOMMENDEE: 'Acompañé a {who} en una mentoría',
    STUDIED_TOGETHER: 'Estudié con {who}',
    TAUGHT_ME: 'Tuve a {who} como docente',
    MENTORED_ME: '{who} me acompañó en una mentoría',
  },
  openers: {
    context: [
      ['{relation}{where}, ', 'Trabajé con {who}{where}, '],
      'Tuve el gusto de trabajar con {who}{where}[, cuando {who} se desempeñaba como {role}], ',
      ['Conocí a {who} como {role}{where}, y muy pronto ', 'Conocí a {who}{where} cuando '],
    ],
    skills: ['Recuerdo un momento con {who}: {moment}. Ahí ', 'Lo que distingue a {who} es cómo ', '{example}', '{who} tiene un talento especial para '],
    impact: ['El resultado: {result}, ', 'Gracias al trabajo de {who}, ', 'En pocos meses, '],
    closing: ['Recomiendo a {who} a cualquier equipo[ que busque un perfil como {role}], porque ', 'Volvería a trabajar con {who} sin dudarlo, ', 'Cualquier equipo tendría suerte de contar con {who}, '],
  },
  upward: {
    context: [
      ['{relation}{where}, ', 'Trabajé con {who}{where}, '],
      'Formé parte del equipo que dirigía {who}{where}, y ',
      ['Conocí a {who} como {role}{where}, y muy pronto ', 'Conocí a {who}{where} cuando '],
    ],
    skills: ['Lo que más valoré del liderazgo de {who} fue cómo ', 'Cuando las cosas se complicaban, {who} ', '{who} me enseñó a '],
    impact: ['Bajo el liderazgo de {who} logramos esto: {result}, ', 'Gracias al apoyo de {who}, pude ', 'Bajo el liderazgo de {who}, nuestro equipo '],
    closing: [
      'Cualquier equipo tendría suerte de tener a {who} como líder, ',
      'Volvería a trabajar bajo la dirección de {who}, ',
      'Recomiendo a {who} a cualquier equipo que busque un liderazgo que ',
    ],
  },
};
