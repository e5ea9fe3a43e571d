import type { StarterTexts } from './shape';

/**
 * Brazilian Portuguese: the name after "com", "para" or as a subject, without the article
 * ("o"/"a") that would say a gender; the role after "como"; the place and period in parentheses.
 */
export const PT_BR: StarterTexts = {
  lang: 'pt_BR',
  someone: '[nome]',
  example: 'Um exemplo: quando ',
  lowerNotes: true,
  greenLight: {
    hi: 'Oi, {name}!',
    hiNoName: 'Oi!',
    ask: 'Estou escrevendo uma recomendação no LinkedIn para você e gostaria que ela destacasse o que é importante para você. Meu rascunho está abaixo: tem algo que você gostaria que eu acrescentasse, mudasse ou tirasse?',
    easyOut: 'Sem nenhuma pressão: se preferir não ter a recomendação no seu perfil, é só me dizer.',
  },
  relation: {
    RECOMMENDER_MANAGED_RECOMMENDEE: 'Fui responsável pela equipe em que {who} trabalhava',
    RECOMMENDER_REPORTED_TO_RECOMMENDEE: 'Trabalhei sob a liderança de {who}',
    RECOMMENDER_SENIOR_THAN_RECOMMENDEE: 'Acompanhei {who} como colega com mais experiência',
    RECOMMENDEE_SENIOR_THAN_RECOMMENDER: 'Trabalhei com {who}, que tinha mais experiência do que eu',
    WORKED_IN_SAME_GROUP: 'Trabalhei com {who} na mesma equipe',
    WORKED_IN_DIFFERENT_GROUPS: 'Trabalhei com {who} entre equipes diferentes',
    WORKED_IN_DIFFERENT_COMPANIES: 'Trabalhei com {who} em empresas diferentes',
    RECOMMENDEE_CLIENT_OF_RECOMMENDER: 'Prestei serviços para {who}',
    RECOMMENDER_CLIENT_OF_RECOMMENDEE: 'Contratei os serviços de {who}',
    RECOMMENDER_TAUGHT_RECOMMENDEE: 'Dei aulas para {who}',
    RECOMMENDER_ADVISED_RECOMMENDEE: 'Acompanhei {who} em uma mentoria',
    STUDIED_TOGETHER: 'Estudei com {who}',
    TAUGHT_ME: 'Tive aulas com {who}',
    MENTORED_ME: '{who} me acompanhou em uma mentoria',
  },
  openers: {
    context: [
      ['{relation}{where}, ', 'Trabalhei com {who}{where}, '],
      'Tive o prazer de trabalhar com {who}{where}[, quando {who} atuava como {role}], ',
      ['Conheci {who} como {role}{where}, e logo ', 'Conheci {who}{where} quando '],
    ],
    skills: ['Lembro de um momento com {who}: {moment}. Ali ', 'O que diferencia {who} é a forma como ', '{example}', '{who} tem um talento raro para '],
    impact: ['O resultado: {result}, ', 'Graças ao trabalho de {who}, ', 'Em poucos meses, '],
    closing: ['Recomendo {who} para qualquer equipe[ que procure um perfil como {role}], porque ', 'Eu trabalharia de novo com {who} sem pensar duas vezes, ', 'Qualquer equipe teria sorte de contar com {who}, '],
  },
  upward: {
    context: [
      ['{relation}{where}, ', 'Trabalhei com {who}{where}, '],
      'Fiz parte da equipe liderada por {who}{where}, e ',
      ['Conheci {who} como {role}{where}, e logo ', 'Conheci {who}{where} quando '],
    ],
    skills: ['O que eu mais valorizei na liderança de {who} foi a forma como ', 'Quando as coisas ficavam difíceis, {who} ', '{who} me ensinou a '],
    impact: ['Sob a liderança de {who}, chegamos a este resultado: {result}, ', 'Graças ao apoio de {who}, consegui ', 'Sob a liderança de {who}, nossa equipe '],
    closing: [
      'Qualquer equipe teria sorte de ter {who} na liderança, ',
      'Eu voltaria a trabalhar sob a liderança de {who}, ',
      'Recomendo {who} para qualquer equipe que busque uma liderança que ',
    ],
  },
};
