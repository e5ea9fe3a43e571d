import type { TemplateTexts } from '../builtin-templates';

/**
 * French: vous for everyone, as a recommendation is asked of a manager, a client or a teacher as
 * much as of a colleague. A no-break space stands before colons, semicolons, ! and ?,
 * as French typesetting has it.
 * The project and the strengths follow words that take any article ("sur", "comme", "pendant", a colon).
 */
export const FR: TemplateTexts = {
  requests: {
    manager: [
      [
        'Retour sur votre équipe',
        'Bonjour {firstName},\n\nJ’espère que vous allez bien\u00a0! Je repense souvent à mon passage dans votre équipe[ chez {company}][ en {period}], et à tout ce que j’ai appris en travaillant avec vous.[ Notre travail sur {project} reste l’un de mes plus beaux souvenirs de travail.]\n\nAccepteriez-vous de m’écrire une courte recommandation sur LinkedIn\u00a0?[ Si cela peut vous aider, vous pourriez évoquer des points comme {strengths}.][ Le résultat mériterait peut-être une ligne aussi\u00a0: {result}.]\n\nSi vous manquez de temps ou si cela ne vous semble pas opportun, aucun souci. Merci d’y réfléchir, et merci pour tout votre soutien.',
      ],
      [
        'Un chapitre qui compte',
        'Bonjour {firstName}, j’espère que vous allez bien\u00a0! Travailler avec vous[ chez {company}] reste l’un des meilleurs chapitres de mon parcours, et je rassemble quelques recommandations LinkedIn de personnes qui ont vu mon travail de près. Seriez-vous d’accord pour m’en écrire une\u00a0?[ J’aimerais beaucoup qu’elle porte sur {project}[ en {period}].][ Si quelque chose vous est resté en tête, des points comme {strengths} seraient parfaits.][ Ce serait bien aussi de mentionner le résultat\u00a0: {result}.] Seulement si vous en avez le temps, bien sûr\u00a0; je comprendrais tout à fait. Merci pour tout ce que vous m’avez appris.',
      ],
      [
        'Court et direct',
        'Bonjour {firstName}\u00a0! Auriez-vous un moment pour m’écrire une brève recommandation sur LinkedIn\u00a0?[ Vous connaissez mieux que personne mon travail sur {project}.][ J’aimerais surtout qu’une future équipe entende parler de points comme {strengths}.] Je peux vous envoyer quelques notes si cela vous facilite la tâche, et vous pouvez tout à fait refuser. Merci, et j’espère que l’équipe se porte bien.',
      ],
    ],
    senior: [
      [
        'Apprendre à vos côtés',
        'Bonjour {firstName}, j’espère que vous allez bien\u00a0! Travailler à vos côtés[ sur {project}][ en {period}] m’a beaucoup appris sur la manière de bien faire ce métier, et ce serait un honneur d’avoir une recommandation de votre part sur LinkedIn.[ Si vous souhaitez un point de départ, vous pourriez parler de points comme {strengths}.][ Le résultat me réjouit encore aujourd’hui\u00a0: {result}.] Bien sûr, si vous manquez de temps ou préférez ne pas le faire, aucun problème. Merci d’y penser\u00a0!',
      ],
      [
        'Avec un peu de recul',
        'Bonjour {firstName},\n\nJe mets à jour mon profil LinkedIn et j’aimerais beaucoup avoir une courte recommandation de votre part, vous qui avez vu mon travail[ sur {project}] avec un peu de recul.[ Le plus utile serait de lire quelques mots sur des points comme {strengths}.][ Vous pourriez aussi mentionner le résultat\u00a0: {result}.]\n\nSeriez-vous d’accord\u00a0? Si ce n’est pas le cas, aucun souci. Dans tous les cas, merci pour tous vos conseils au fil des années.',
      ],
      [
        'Votre temps, si généreusement donné',
        'Bonjour {firstName}\u00a0! J’ai toujours apprécié la générosité avec laquelle vous m’avez consacré votre temps[ chez {company}]. Accepteriez-vous de m’écrire une brève recommandation sur LinkedIn\u00a0?[ Notre travail sur {project} serait un point de départ naturel.][ Si des points comme {strengths} vous reviennent, ce serait formidable de les mentionner.] Je sais que votre emploi du temps est chargé, alors seulement si vous avez un moment, et je ne vous en voudrai pas du tout si ce n’est pas possible. Merci\u00a0!',
      ],
    ],
    peer: [
      [
        'Côte à côte',
        'Bonjour {firstName}\u00a0! J’ai vraiment aimé travailler côte à côte avec vous[ sur {project}][ en {period}]. Je rassemble quelques recommandations sur LinkedIn, et la vôtre compterait beaucoup pour moi.[ Peut-être quelques mots sur des points comme {strengths}\u00a0?][ Vous pourriez aussi dire comment cela s’est terminé\u00a0: {result}.] Pas de souci si vous manquez de temps, et je vous en écrirais volontiers une en retour. Merci beaucoup\u00a0!',
      ],
      [
        'Vous étiez aux premières loges',
        'Bonjour {firstName}, j’espère que tout va bien de votre côté\u00a0! Accepteriez-vous de m’écrire une courte recommandation sur LinkedIn\u00a0?[ Vous avez vu de près comment j’ai mené {project}, alors quelques lignes là-dessus seraient idéales.][ J’aimerais particulièrement que vous mentionniez des points comme {strengths}.] Si vous manquez de temps ou que ce n’est pas votre truc, aucun problème. Merci beaucoup, et je vous rendrai la pareille quand vous voudrez.',
      ],
      [
        'Faire équipe',
        '{firstName}, c’était un vrai plaisir de faire équipe avec vous[ chez {company}]. Une courte recommandation de votre part sur LinkedIn me ferait très plaisir, si le cœur vous en dit.[ Quelques mots sur notre travail sur {project} seraient parfaits.][ N’hésitez pas à citer des points comme {strengths}, s’ils vous viennent à l’esprit.] Dites-moi si vous en voulez une de ma part aussi. Et sinon, aucun souci\u00a0! Merci.',
      ],
    ],
    report: [
      [
        'Votre regard',
        'Bonjour {firstName}, j’espère que vous allez bien\u00a0! J’ai beaucoup aimé travailler avec vous[ sur {project}][ en {period}], et j’aimerais ajouter votre regard à mon profil LinkedIn. Accepteriez-vous d’écrire une courte recommandation sur ce que c’était de travailler avec moi\u00a0?[ Ce serait précieux de lire quelques mots sur des points comme {strengths}, de la part de quelqu’un qui l’a vécu au quotidien.] Surtout, aucune obligation, et aucun souci si vous préférez ne pas le faire. Merci\u00a0!',
      ],
      [
        'Le regard de l’équipe',
        'Bonjour {firstName}, vous avoir dans l’équipe[ chez {company}] a été une vraie chance. Une recommandation de quelqu’un avec qui j’ai travaillé au quotidien compterait beaucoup, car elle montre une facette de mon travail qu’un manager ne peut pas voir. Seriez-vous d’accord pour en écrire une\u00a0?[ Si cela vous aide, vous pourriez évoquer {project}.][ J’aimerais aussi savoir si des points comme {strengths} ont compté pour vous.] C’est entièrement à vous de voir, et merci dans tous les cas.',
      ],
      [
        'Travailler de près',
        'Bonjour {firstName}\u00a0! Je demande une recommandation LinkedIn à quelques personnes avec qui j’ai travaillé de près, et votre avis compte pour moi.[ Notre travail sur {project} en est sans doute le meilleur exemple.][ Tout ce que vous avez remarqué sur des points comme {strengths} serait très précieux.] Accepteriez-vous d’écrire quelques lignes\u00a0? Aucune pression, et merci d’y réfléchir.',
      ],
    ],
    mentor: [
      [
        'Vos conseils',
        'Bonjour {firstName}, j’espère que vous allez bien\u00a0! Vos conseils[ en {period}] ont vraiment fait la différence pour moi, et une courte recommandation de votre part sur LinkedIn me serait précieuse.[ Vous avez vu comment j’ai abordé {project}, ce qui pourrait être un bon point d’appui.][ Si vous le souhaitez, vous pourriez mentionner des points comme {strengths}.] Seulement si vous avez le temps et que cela vous convient, bien sûr. Merci pour tout ce que vous avez partagé avec moi.',
      ],
      [
        'Nos échanges',
        'Bonjour {firstName},\n\nNos échanges ont façonné ma manière de travailler plus que vous ne l’imaginez.[ Mettre vos conseils en pratique sur {project} m’a énormément appris.] Accepteriez-vous de m’écrire une brève recommandation sur LinkedIn\u00a0?[ Quelques mots sur des points comme {strengths} seraient formidables.][ Vous pourriez aussi mentionner le résultat\u00a0: {result}.]\n\nSi ce n’est pas le bon moment, je comprends tout à fait. Merci infiniment.',
      ],
      [
        'De la part de mon mentor',
        'Bonjour {firstName}\u00a0! Merci encore pour tout le temps que vous m’avez consacré. J’étoffe mon profil LinkedIn, et une recommandation de la personne qui a suivi mon parcours compterait beaucoup.[ Peut-être quelques mots sur la façon dont j’ai progressé pendant {project}\u00a0?][ Ce serait formidable si vous évoquiez des points comme {strengths}.] Si vous manquez de temps, aucun souci.',
      ],
    ],
    client: [
      [
        'Si notre collaboration vous a plu',
        'Bonjour {firstName}, j’espère que tout va bien[ chez {company}]\u00a0! Ce fut un plaisir de travailler avec vous[ sur {project}][ en {period}]. Si notre collaboration vous a plu, accepteriez-vous de m’écrire une courte recommandation sur LinkedIn\u00a0?[ Vous pourriez mentionner le résultat\u00a0: {result}.][ Ce serait précieux de lire, de votre point de vue, quelques mots sur des points comme {strengths}.] Aucun souci si ce n’est pas le bon moment. Merci pour votre confiance\u00a0!',
      ],
      [
        'Des mots de clients',
        'Bonjour {firstName},\n\nMerci encore de m’avoir fait confiance[ pour {project}]. Je rassemble quelques recommandations de clients sur LinkedIn, et la vôtre compterait énormément pour moi.[ Si quelque chose vous est resté en tête, des points comme {strengths} seraient formidables à mentionner.][ N’hésitez pas à citer aussi le résultat\u00a0: {result}.]\n\nSeulement si cela vous convient, bien sûr, et je ne vous en voudrai pas du tout sinon.',
      ],
      [
        'Un temps fort pour moi',
        'Bonjour {firstName}\u00a0! Travailler avec vous[ sur {project}] a été un temps fort pour moi. Accepteriez-vous d’écrire une brève recommandation sur LinkedIn à ce sujet\u00a0?[ Une ligne ou deux sur des points comme {strengths} suffiraient largement.][ Le résultat mériterait peut-être aussi d’être cité\u00a0: {result}.] Si vous préférez ne pas le faire, je comprends tout à fait. Merci beaucoup\u00a0!',
      ],
    ],
    classmate: [
      [
        'Entre camarades',
        'Bonjour {firstName}\u00a0! J’ai adoré travailler avec vous[ sur {project}][ en {period}]. J’étoffe mon profil LinkedIn, et une recommandation de quelqu’un de la promo qui a vu mon travail de près compterait beaucoup.[ Peut-être quelques lignes sur des points comme {strengths}\u00a0?] Pas de souci si vous manquez de temps, et je vous en écrirais volontiers une aussi. Merci\u00a0!',
      ],
      [
        'Pour le cours',
        'Bonjour {firstName},\n\nJ’ai beaucoup aimé votre cours[ en {period}], et j’en ai énormément appris.[ Travailler sur {project} sous votre direction a été un temps fort.] Accepteriez-vous de m’écrire une courte recommandation sur LinkedIn\u00a0?[ Ce serait formidable si vous pouviez mentionner des points comme {strengths}.]\n\nSi vous n’avez pas le temps, je comprends tout à fait. Merci pour toute votre aide et vos encouragements.',
      ],
      [
        'Dans un sens ou dans l’autre',
        'Bonjour {firstName}, j’espère que le semestre se passe bien\u00a0![ Je repense encore à notre travail sur {project}.] Seriez-vous d’accord pour écrire une brève recommandation pour mon profil LinkedIn\u00a0?[ Quelques mots sur des points comme {strengths} seraient très utiles.] Vous pouvez tout à fait refuser, et merci d’y réfléchir.',
      ],
    ],
  },
  // Each "together" follows "à" or "sur" ("repenser à", "une recommandation sur"), so it opens with
  // a word that takes neither article nor contraction; each gift is a possessive noun phrase.
  ties: {
    manager: { together: 'notre travail ensemble dans votre équipe', gift: 'votre soutien constant' },
    senior: { together: 'notre travail côte à côte', gift: 'votre générosité à partager ce que vous savez' },
    peer: { together: 'nos semaines de travail côte à côte', gift: 'votre bonne humeur, même pendant les semaines difficiles' },
    report: { together: 'notre travail ensemble dans l’équipe', gift: 'votre soin dans tout ce que nous faisions' },
    mentor: { together: 'nos échanges et tout ce que vous m’avez appris', gift: 'vos conseils' },
    client: { together: 'notre collaboration', gift: 'votre confiance' },
    classmate: { together: 'nos cours ensemble', gift: 'toute l’aide que vous m’avez apportée' },
  },
  frames: {
    'heads-up': [
      [
        'D’abord demander',
        (t) =>
          `Bonjour {firstName}, j’espère que tout va bien[ chez {company}]\u00a0! Je repense souvent à ${t.together}[ sur {project}], et à quel point j’ai apprécié ${t.gift}. Je rassemble quelques recommandations sur LinkedIn, et la vôtre compterait beaucoup pour moi. Seriez-vous d’accord pour en écrire une courte\u00a0? Si vous manquez de temps ou que cela ne vous semble pas opportun, dites-le-moi simplement\u00a0: je ne vous en voudrai pas du tout. Merci dans tous les cas\u00a0!`,
      ],
      [
        'Avant toute demande officielle',
        (t) =>
          `Bonjour {firstName}\u00a0! Une question avant de vous envoyer quoi que ce soit d’officiel\u00a0: je mets à jour mon profil LinkedIn, et quelques mots de votre part sur ${t.together}[ et sur {project}] seraient formidables.[ Vous pourriez mentionner des points comme {strengths}, si cela correspond à ce que vous avez vu.] Vous pouvez bien sûr refuser, et merci d’y réfléchir.`,
      ],
      [
        'Pas sans prévenir',
        (t) =>
          `Bonjour {firstName}, je repense souvent à ${t.together}[ en {period}], même si cela fait un moment déjà. J’aimerais vous demander une courte recommandation sur LinkedIn, et je voulais d’abord vous en parler ici plutôt que de vous envoyer une demande sans prévenir. Aucune pression. Dites-moi ce que vous en pensez, et merci\u00a0!`,
      ],
    ],
    'follow-up': [
      [
        'En haut de la pile',
        (t) =>
          `Bonjour {firstName}, je remets simplement ma demande de recommandation en haut de votre boîte de réception, au cas où elle vous aurait échappé.[ Si vous souhaitez toujours l’écrire, quelques lignes sur des points comme {strengths} suffiraient largement.] Si vous manquez de temps ou préférez ne pas le faire, aucun problème. Merci encore d’y réfléchir, et merci pour ${t.gift}.`,
      ],
      [
        'Pour m’assurer qu’elle est arrivée',
        (t) =>
          `Bonjour {firstName}, j’espère que vous allez bien\u00a0! Il y a quelque temps, je vous ai demandé si vous accepteriez d’écrire une courte recommandation sur ${t.together}[ et sur {project}]. Rien ne presse\u00a0: je voulais seulement m’assurer que ma demande vous était bien parvenue. Et si ce n’est pas le bon moment, aucun souci. Merci\u00a0!`,
      ],
      [
        'Un petit rappel',
        (t) =>
          `Bonjour {firstName}, un petit rappel au sujet de la recommandation LinkedIn, au cas où elle se serait perdue.[ Si des notes peuvent aider\u00a0: {strengths}[, et le résultat, {result}].] Si vous préférez passer votre tour, je comprends tout à fait. Merci beaucoup, et je repense toujours avec plaisir à ${t.together}.`,
      ],
    ],
    'thank-you': [
      [
        'Elle a illuminé ma semaine',
        (t) =>
          `Bonjour {firstName}, merci infiniment pour la recommandation\u00a0! La lire a illuminé ma semaine, et elle compte d’autant plus venant de vous, après ${t.together}[ sur {project}]. Si je peux un jour faire quoi que ce soit pour vous, n’hésitez surtout pas.`,
      ],
      [
        'Je la relis',
        () =>
          'Bonjour {firstName}, votre recommandation est en ligne sur mon profil et je ne cesse de la relire.[ J’ai particulièrement aimé que vous mentionniez {strengths}.] Merci d’avoir pris le temps\u00a0; je sais combien le vôtre est précieux. Je vous rendrai volontiers la pareille quand vous le souhaitez.',
      ],
      [
        'Des mots touchants',
        (t) =>
          `Bonjour {firstName}\u00a0! Un grand merci pour vos mots si gentils sur LinkedIn. Je n’ai jamais oublié ${t.gift}, alors les lire de votre part me touche d’autant plus. Merci encore\u00a0!`,
      ],
    ],
    offer: [
      [
        'Un point à mettre en avant\u00a0?',
        (t) =>
          `Bonjour {firstName}, j’aimerais vous écrire une recommandation sur LinkedIn, car je garde un excellent souvenir de ${t.together}[ sur {project}]. Y a-t-il quelque chose en particulier que vous aimeriez que je mette en avant\u00a0? Et si vous n’en voulez pas pour le moment, aucun souci. Merci pour tout\u00a0!`,
      ],
      [
        'Vous rendre la pareille',
        () =>
          'Bonjour {firstName}, merci encore pour la recommandation\u00a0! Je vous rendrai volontiers la pareille. Si vous me dites deux ou trois choses sur lesquelles vous aimeriez que j’insiste, je rédige un brouillon et je vous l’envoie pour relecture. Et si vous préférez passer votre tour, aucun problème.',
      ],
      [
        'Noir sur blanc',
        (t) =>
          `Bonjour {firstName}, cela fait un moment que je souhaite vous écrire une recommandation, pour mettre noir sur blanc ${t.gift}. Cela vous ferait-il plaisir\u00a0? Si oui, dites-moi ce qui vous aiderait le plus pour la suite de votre parcours. Merci\u00a0!`,
      ],
    ],
  },
};
