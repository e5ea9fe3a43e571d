import type { TemplateTexts } from '../builtin-templates';

/**
 * Brazilian Portuguese: você for everyone. Portuguese joins "em", "de" and "por" to the article
 * the user types ("no projeto", "da migração"), so the project and the strengths follow "com",
 * "sobre", "durante", "como" or a colon instead. A company is "na {company}", as Brazilians say of
 * most companies (a empresa). The wording asks nothing of the writer's or the reader's gender.
 */
export const PT_BR: TemplateTexts = {
  requests: {
    manager: [
      [
        'Relembrando seu time',
        'Oi, {firstName}!\n\nEspero que esteja tudo bem com você! Tenho pensado muito na minha época no seu time[ na {company}][ em {period}] e em quanto eu cresci trabalhando com você.[ Nosso trabalho com {project} ainda é uma das coisas que mais me dão orgulho.]\n\nVocê toparia escrever uma recomendação curta para mim no LinkedIn?[ Se ajudar, você poderia mencionar pontos como {strengths}.][ O resultado também pode valer uma linha: {result}.]\n\nSe estiver sem tempo ou não achar que faz sentido, sem problema nenhum. Agradeço por considerar, e por todo o seu apoio.',
      ],
      [
        'Uma fase que eu valorizo',
        'Oi, {firstName}, espero que você esteja bem! Trabalhar com você[ na {company}] foi uma das melhores fases da minha carreira até aqui, e estou reunindo algumas recomendações no LinkedIn de pessoas que acompanharam meu trabalho de perto. Você se sentiria à vontade para escrever uma para mim?[ Eu adoraria que ela falasse sobre {project}[ em {period}].][ Se algo chamou sua atenção, pontos como {strengths} seriam ótimos.][ Também seria legal citar o resultado: {result}.] Só se você tiver tempo, claro; eu entenderia totalmente se não. Agradeço muito por tudo o que você me ensinou.',
      ],
      [
        'Curto e direto',
        'Oi, {firstName}! Você toparia escrever uma recomendação rápida para mim no LinkedIn?[ Ninguém conhece tão bem quanto você meu trabalho com {project}.][ O que eu mais gostaria que um futuro time soubesse são pontos como {strengths}.] Posso mandar algumas anotações se isso facilitar, e tudo bem dizer não. Agradeço, e espero que o time esteja indo muito bem.',
      ],
    ],
    senior: [
      [
        'Aprendendo ao seu lado',
        'Oi, {firstName}, espero que esteja tudo bem! Trabalhar ao seu lado[ durante {project}][ em {period}] me ensinou muito sobre como fazer este trabalho direito, e seria uma honra ter uma recomendação sua no LinkedIn.[ Se quiser um ponto de partida, você poderia falar sobre pontos como {strengths}.][ Ainda tenho orgulho de como tudo terminou: {result}.] Claro, se a sua agenda estiver cheia ou você preferir não escrever, tudo bem. Agradeço por considerar!',
      ],
      [
        'De um pouco mais acima',
        'Oi, {firstName}!\n\nEstou atualizando meu perfil no LinkedIn e gostaria muito de uma recomendação curta sua, já que você acompanhou meu trabalho[ com {project}] de um pouco mais acima.[ O mais útil seria ler algo sobre pontos como {strengths}.][ Você também poderia mencionar o resultado: {result}.]\n\nVocê toparia? Se não, sem problema nenhum. De qualquer forma, agradeço por todos os conselhos ao longo dos anos.',
      ],
      [
        'Generosidade com seu tempo',
        'Oi, {firstName}! Sempre admirei a generosidade com que você dedicou seu tempo a mim[ na {company}]. Você consideraria escrever uma recomendação curta para mim no LinkedIn?[ Nosso trabalho com {project} seria um foco natural.][ Se você se lembrar de pontos como {strengths}, seria ótimo mencioná-los.] Sei que sua agenda é cheia, então só se tiver um tempinho, e tudo bem se não der. Agradeço demais!',
      ],
    ],
    peer: [
      [
        'Lado a lado',
        'Oi, {firstName}! Foi muito bom trabalhar lado a lado com você[ durante {project}][ em {period}]. Estou reunindo algumas recomendações no LinkedIn, e a sua significaria muito para mim.[ Talvez algo sobre pontos como {strengths}?][ Você também poderia contar como terminou: {result}.] Sem problema se estiver na correria, e eu adoraria escrever uma para você também. Valeu mesmo!',
      ],
      [
        'Você viu de perto',
        'Oi, {firstName}, espero que esteja tudo bem por aí! Você toparia escrever uma recomendação curta para mim no LinkedIn?[ Você viu de perto como eu conduzi {project}, então algumas linhas sobre isso seriam perfeitas.][ Eu adoraria principalmente que você mencionasse pontos como {strengths}.] Se estiver sem tempo ou não for muito a sua, tudo certo. Valeu mesmo, e conte comigo para retribuir quando quiser.',
      ],
      [
        'Parceria de time',
        '{firstName}, foi ótimo fazer parte do mesmo time que você[ na {company}]. Eu agradeceria muito uma recomendação curta sua no LinkedIn, se você topar.[ Qualquer coisa sobre nosso trabalho com {project} seria perfeita.][ Fique à vontade para citar pontos como {strengths}, se vierem à cabeça.] Me avisa se quiser uma minha também. E se não, sem problema nenhum! Valeu.',
      ],
    ],
    report: [
      [
        'Seu ponto de vista',
        'Oi, {firstName}, espero que você esteja bem! Gostei muito de trabalhar com você[ durante {project}][ em {period}], e adoraria incluir o seu ponto de vista no meu perfil do LinkedIn. Você toparia escrever uma recomendação curta sobre como foi trabalhar comigo?[ Seria ótimo ler sobre pontos como {strengths}, vindo de alguém que viu isso no dia a dia.] Não se sinta na obrigação, e tudo bem se preferir não escrever. Agradeço demais!',
      ],
      [
        'Um olhar do time',
        'Oi, {firstName}, ter você no time[ na {company}] foi um verdadeiro privilégio. Uma recomendação de alguém com quem trabalhei no dia a dia significaria muito, porque mostra um lado do meu trabalho que a liderança não consegue ver. Você se sentiria à vontade para escrever uma?[ Se ajudar, você poderia falar sobre {project}.][ Também adoraria saber se pontos como {strengths} fizeram diferença para você.] Fica totalmente a seu critério, e agradeço de qualquer forma.',
      ],
      [
        'Trabalhamos bem de perto',
        'Oi, {firstName}! Estou pedindo recomendações no LinkedIn para algumas pessoas com quem trabalhei bem de perto, e a sua visão é importante para mim.[ Nosso tempo com {project} é provavelmente o melhor exemplo.][ Qualquer coisa que você tenha notado sobre pontos como {strengths} seria muito valiosa.] Você toparia escrever algumas linhas? Sem pressão nenhuma, e agradeço por considerar.',
      ],
    ],
    mentor: [
      [
        'Sua orientação',
        'Oi, {firstName}, espero que esteja tudo bem! Sua orientação[ em {period}] fez uma diferença enorme para mim, e eu agradeceria muito uma recomendação curta sua no LinkedIn.[ Você viu como eu encarei {project}, então isso poderia ser um bom ponto de partida.][ Se quiser, você poderia mencionar pontos como {strengths}.] Só se você tiver tempo e se sentir à vontade, claro. Agradeço por tudo o que você compartilhou comigo.',
      ],
      [
        'Nossas conversas',
        'Oi, {firstName}!\n\nNossas conversas moldaram meu jeito de trabalhar mais do que você imagina.[ Colocar seus conselhos em prática durante {project} me ensinou muito.] Você consideraria escrever uma recomendação curta para mim no LinkedIn?[ Algumas palavras sobre pontos como {strengths} seriam maravilhosas.][ Você também poderia mencionar o resultado: {result}.]\n\nSe não for um bom momento, entendo totalmente. Agradeço muito.',
      ],
      [
        'De quem me orientou',
        'Oi, {firstName}! Agradeço mais uma vez por todo o tempo que você me dedicou. Estou montando meu perfil no LinkedIn, e uma recomendação de quem me orientou significaria muito.[ Talvez algo sobre como eu cresci com {project}?][ Seria ótimo se você falasse sobre pontos como {strengths}.] Se estiver sem tempo, sem problema nenhum.',
      ],
    ],
    client: [
      [
        'Se você gostou do resultado',
        'Oi, {firstName}, espero que esteja tudo bem[ na {company}]! Foi um prazer trabalhar com você[ durante {project}][ em {period}]. Se você gostou de como tudo correu, toparia escrever uma recomendação curta para mim no LinkedIn?[ Você poderia mencionar o resultado: {result}.][ Seria ótimo ler, do seu ponto de vista, algo sobre pontos como {strengths}.] Sem problema se agora não for um bom momento. Agradeço pela confiança!',
      ],
      [
        'Palavras de clientes',
        'Oi, {firstName}!\n\nAgradeço mais uma vez por confiar no meu trabalho[ para {project}]. Estou reunindo algumas recomendações de clientes no LinkedIn, e uma sua significaria muito para mim.[ Se algo chamou sua atenção, pontos como {strengths} seriam ótimos de mencionar.][ Fique à vontade para citar o resultado também: {result}.]\n\nSó se você se sentir à vontade, claro, e tudo bem se não.',
      ],
      [
        'Um destaque para mim',
        'Oi, {firstName}! Trabalhar com você[ durante {project}] foi um destaque para mim. Você consideraria escrever uma recomendação curta sobre isso no LinkedIn?[ Uma ou duas linhas sobre pontos como {strengths} já seriam mais que suficientes.][ O resultado também mereceria uma menção: {result}.] Se preferir não escrever, entendo totalmente. Agradeço demais!',
      ],
    ],
    classmate: [
      [
        'Da turma',
        'Oi, {firstName}! Adorei trabalhar com você[ durante {project}][ em {period}]. Estou montando meu perfil no LinkedIn, e uma recomendação de alguém da turma que viu meu trabalho de perto significaria muito.[ Talvez algumas linhas sobre pontos como {strengths}?] Sem problema se estiver na correria, e eu adoraria escrever uma para você também. Valeu!',
      ],
      [
        'Depois da sua aula',
        'Oi, {firstName}!\n\nGostei muito da sua disciplina[ em {period}] e aprendi muito com ela.[ Trabalhar com {project} sob a sua orientação foi um destaque.] Você toparia escrever uma recomendação curta para mim no LinkedIn?[ Seria maravilhoso se você pudesse mencionar pontos como {strengths}.]\n\nSe não tiver tempo, entendo totalmente. Agradeço por toda a ajuda e pelo incentivo.',
      ],
      [
        'Nos dois sentidos',
        'Oi, {firstName}, espero que o semestre esteja indo bem![ Ainda me lembro do nosso trabalho com {project}.] Você se sentiria à vontade para escrever uma recomendação curta para o meu perfil no LinkedIn?[ Qualquer coisa sobre pontos como {strengths} ajudaria muito.] Tudo bem dizer não, e agradeço por considerar.',
      ],
    ],
  },
  // Each "together" is a noun phrase opening with a possessive, used after "com", "sobre" or as a
  // subject; each gift is used as an object.
  ties: {
    manager: { together: 'a minha época no seu time', gift: 'todo o seu apoio' },
    senior: { together: 'o nosso trabalho juntos', gift: 'a generosidade com que você compartilhava o que sabe' },
    peer: { together: 'o nosso trabalho lado a lado', gift: 'o seu bom humor mesmo nas semanas mais puxadas' },
    report: { together: 'o nosso trabalho em equipe', gift: 'o seu cuidado com tudo o que fazíamos' },
    mentor: { together: 'tudo o que aprendi com você', gift: 'a sua orientação' },
    client: { together: 'a nossa parceria', gift: 'a confiança que você depositou em mim' },
    classmate: { together: 'o nosso tempo juntos na turma', gift: 'toda a ajuda que você me deu' },
  },
  frames: {
    'heads-up': [
      [
        'Antes, uma pergunta',
        (t) =>
          `Oi, {firstName}, espero que esteja tudo bem[ na {company}]! Tenho relembrado ${t.together}[ durante {project}] e o quanto valorizei ${t.gift}. Estou reunindo algumas recomendações no LinkedIn, e a sua significaria muito para mim. Você toparia escrever uma, mesmo que curta? Se estiver sem tempo ou achar que não faz sentido, é só dizer: sem ressentimento nenhum. Agradeço de qualquer forma!`,
      ],
      [
        'Antes de algo formal',
        (t) =>
          `Oi, {firstName}! Uma pergunta antes de eu enviar qualquer coisa formal: estou atualizando meu perfil no LinkedIn, e algumas palavras suas sobre ${t.together}[ durante {project}] seriam incríveis.[ Você poderia mencionar pontos como {strengths}, se combinar com o que você viu.] Um não é totalmente válido, claro, e agradeço por considerar.`,
      ],
      [
        'Sem pegar de surpresa',
        (t) =>
          `Oi, {firstName}, já faz um tempo, mas ainda penso muito sobre ${t.together}[ em {period}]. Eu adoraria pedir uma recomendação curta no LinkedIn e quis falar com você aqui antes, em vez de mandar um pedido de surpresa. Sem pressão nenhuma. Me diz o que acha, e valeu!`,
      ],
    ],
    'follow-up': [
      [
        'De volta ao topo',
        (t) =>
          `Oi, {firstName}, só estou trazendo meu pedido de recomendação de volta ao topo da sua caixa de entrada, caso tenha passado batido.[ Se ainda quiser escrever, algumas linhas sobre pontos como {strengths} já seriam mais que suficientes.] Se a vida ficou corrida ou você preferir não escrever, tudo bem mesmo. Agradeço de novo por considerar; valorizo muito ${t.gift}.`,
      ],
      [
        'Só para garantir',
        (t) =>
          `Oi, {firstName}, espero que esteja tudo bem! Um tempo atrás perguntei se você escreveria uma recomendação curta sobre ${t.together}[ durante {project}]. Sem pressa nenhuma: só queria garantir que o pedido chegou até você. E se agora não for um bom momento, sem problema nenhum. Valeu!`,
      ],
      [
        'Um lembrete gentil',
        (t) =>
          `Oi, {firstName}, um lembrete gentil sobre a recomendação no LinkedIn, só caso ela tenha se perdido.[ Se ajudar ter algumas anotações: {strengths}[, e o resultado: {result}].] Se preferir deixar para lá, entendo totalmente. Agradeço muito, e ainda lembro com carinho de como foi ${t.together}.`,
      ],
    ],
    'thank-you': [
      [
        'Ganhei a semana',
        (t) =>
          `Oi, {firstName}, valeu demais pela recomendação! Ganhei a semana lendo, e ela significa muito vindo de você depois de tudo o que vivemos: ${t.together}[ durante {project}]. Se um dia eu puder fazer algo por você, é só pedir.`,
      ],
      [
        'Relendo sempre',
        () =>
          'Oi, {firstName}, sua recomendação já está no meu perfil e eu não paro de reler.[ Adorei principalmente você ter mencionado {strengths}.] Agradeço por você dedicar seu tempo a isso; sei como sua agenda é cheia. Vou adorar retribuir quando for bom para você.',
      ],
      [
        'Palavras gentis',
        (t) =>
          `Oi, {firstName}! Fiquei muito feliz com as palavras gentis no LinkedIn. Nunca esqueci ${t.gift}, então ler isso vindo de você significa ainda mais. Valeu de novo!`,
      ],
    ],
    offer: [
      [
        'Algo para destacar?',
        (t) =>
          `Oi, {firstName}, eu adoraria escrever uma recomendação para você no LinkedIn, porque ${t.together}[ durante {project}] me marcou de verdade. Tem algo em particular que você gostaria que eu destacasse? E se preferir não ter uma agora, sem problema nenhum. Valeu por tudo!`,
      ],
      [
        'Retribuindo',
        () =>
          'Oi, {firstName}, valeu mais uma vez pela recomendação! Vou adorar retribuir. Se você me disser duas ou três coisas em que gostaria que eu focasse, eu escrevo um rascunho e mando para você conferir antes. Tudo bem se preferir deixar para lá.',
      ],
      [
        'Por escrito',
        (t) =>
          `Oi, {firstName}, faz tempo que quero escrever uma recomendação para você, para deixar registrado por escrito ${t.gift}. Você gostaria? Se sim, me conta o que mais ajudaria no seu próximo passo. Valeu!`,
      ],
    ],
  },
};
