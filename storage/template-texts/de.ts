import type { TemplateTexts } from '../builtin-templates';

/**
 * German: Sie for a manager, a senior colleague, a mentor, a client and a teacher; du for peers,
 * the people one led and classmates. Bare periods ("2023") stand where German puts a time, and the
 * project follows a colon or stands as a subject, so whatever article the user types stays right.
 */
export const DE: TemplateTexts = {
  requests: {
    manager: [
      [
        'Rückblick auf Ihr Team',
        'Hallo {firstName},\n\nich hoffe, es geht Ihnen gut! In letzter Zeit denke ich oft an die Zeit zurück, in der ich[ {period}] in Ihrem Team[ bei {company}] gearbeitet habe, und daran, wie viel ich dabei gelernt habe.[ Auf eine Arbeit bin ich bis heute besonders stolz: {project}.]\n\nWären Sie bereit, mir eine kurze Empfehlung auf LinkedIn zu schreiben?[ Falls es hilft, könnten Sie Punkte wie {strengths} erwähnen.][ Auch das Ergebnis wäre vielleicht einen Satz wert: {result}.]\n\nWenn Ihnen gerade die Zeit fehlt oder es sich nicht richtig anfühlt, ist das überhaupt kein Problem. Vielen Dank, dass Sie darüber nachdenken, und danke für Ihre Unterstützung.',
      ],
      [
        'Ein wichtiges Kapitel',
        'Hallo {firstName}, ich hoffe, es geht Ihnen gut! Die Zeit in Ihrem Team[ bei {company}] war eines der besten Kapitel meines bisherigen Berufswegs, und ich sammle gerade ein paar LinkedIn-Empfehlungen von Menschen, die meine Arbeit aus der Nähe kannten. Könnten Sie sich vorstellen, mir eine zu schreiben?[ Am meisten würde ich mich freuen, wenn es um diese Arbeit ginge: {project}[ ({period})].][ Wenn Ihnen etwas in Erinnerung geblieben ist, wären Punkte wie {strengths} schön.][ Gern dürfen Sie auch das Ergebnis nennen: {result}.] Natürlich nur, wenn Sie die Zeit dafür haben; ich hätte volles Verständnis, wenn nicht. Herzlichen Dank für alles, was ich von Ihnen lernen durfte.',
      ],
      [
        'Kurz und direkt',
        'Hallo {firstName}! Hätten Sie Zeit, mir eine kurze Empfehlung auf LinkedIn zu schreiben?[ Niemand kennt meine Arbeit so gut wie Sie, vor allem diese: {project}.][ Ein künftiges Team sollte am ehesten von Punkten wie {strengths} erfahren.] Gern schicke ich Ihnen ein paar Stichpunkte, wenn das die Sache leichter macht, und ein Nein ist völlig in Ordnung. Vielen Dank, und ich hoffe, dem Team geht es gut.',
      ],
    ],
    senior: [
      [
        'Von Ihnen gelernt',
        'Hallo {firstName}, ich hoffe, es geht Ihnen gut! Durch die Zusammenarbeit mit Ihnen[ {period}] habe ich viel darüber gelernt, wie man diese Arbeit richtig macht[ (vor allem {project})], und eine Empfehlung von Ihnen auf LinkedIn wäre mir eine Ehre.[ Falls Sie einen Anhaltspunkt möchten, könnten Sie etwas zu Punkten wie {strengths} sagen.][ Auf das Ergebnis bin ich bis heute stolz: {result}.] Wenn Ihr Kalender zu voll ist oder Sie lieber verzichten, ist das selbstverständlich in Ordnung. Vielen Dank, dass Sie darüber nachdenken!',
      ],
      [
        'Aus etwas mehr Abstand',
        'Hallo {firstName},\n\nich bin dabei, mein LinkedIn-Profil zu aktualisieren, und würde mich sehr über eine kurze Empfehlung von Ihnen freuen, da Sie meine Arbeit aus etwas mehr Abstand gesehen haben.[ Gemeint ist vor allem diese: {project}.][ Am hilfreichsten wären ein paar Worte zu Punkten wie {strengths}.][ Vielleicht lohnt sich auch ein Satz zum Ergebnis: {result}.]\n\nWären Sie dazu bereit? Falls nicht, ist das überhaupt kein Problem. So oder so: danke für all Ihre Ratschläge in den letzten Jahren.',
      ],
      [
        'Großzügig mit Ihrer Zeit',
        'Hallo {firstName}! Ich habe immer sehr geschätzt, wie großzügig Sie[ bei {company}] Ihre Zeit mit mir geteilt haben. Würden Sie mir eine kurze Empfehlung auf LinkedIn schreiben?[ Naheliegend wäre unsere gemeinsame Arbeit: {project}.][ Wenn Sie sich an Punkte wie {strengths} erinnern, wäre es wunderbar, sie zu erwähnen.] Ich weiß, wie viel Sie zu tun haben, also bitte nur, wenn Sie einen freien Moment finden; ich nehme es Ihnen keineswegs übel, wenn nicht. Vielen Dank!',
      ],
    ],
    peer: [
      [
        'Seite an Seite',
        'Hey {firstName}! Die Zusammenarbeit mit dir[ {period}] hat mir wirklich Spaß gemacht[, besonders bei diesem Projekt: {project}]. Ich sammle gerade ein paar Empfehlungen auf LinkedIn, und deine würde mir viel bedeuten.[ Vielleicht etwas zu Punkten wie {strengths}?][ Du könntest auch erwähnen, was dabei herauskam: {result}.] Kein Stress, wenn du gerade viel um die Ohren hast, und ich schreibe dir natürlich gern auch eine. Vielen Dank!',
      ],
      [
        'Du warst dabei',
        'Hallo {firstName}, ich hoffe, bei dir läuft alles gut! Hättest du Lust, mir eine kurze Empfehlung auf LinkedIn zu schreiben?[ Du hast ja hautnah miterlebt, wie ich dieses Projekt angegangen bin: {project}. Ein paar Sätze dazu wären ideal.][ Besonders freuen würde ich mich über Punkte wie {strengths}.] Wenn du keine Zeit hast oder so etwas nicht dein Ding ist, ist das völlig okay. Danke dir, und ich revanchiere mich jederzeit gern.',
      ],
      [
        'Tolle Kollegin, toller Kollege',
        '{firstName}, es war richtig schön, mit dir[ bei {company}] im Team zu arbeiten. Ich würde mich sehr über eine kurze Empfehlung von dir auf LinkedIn freuen, wenn du magst.[ Perfekt wäre alles rund um unsere gemeinsame Arbeit: {project}.][ Wenn dir Punkte wie {strengths} einfallen, nenn sie gern.] Sag Bescheid, wenn du auch eine von mir möchtest. Und falls nicht, überhaupt kein Problem! Danke dir.',
      ],
    ],
    report: [
      [
        'Deine Sicht',
        'Hallo {firstName}, ich hoffe, es geht dir gut! Ich habe sehr gern mit dir zusammengearbeitet[ {period}][, gerade bei diesem Projekt: {project}], und würde deine Sicht gern auf meinem LinkedIn-Profil zeigen. Wärst du bereit, eine kurze Empfehlung darüber zu schreiben, wie die Zusammenarbeit mit mir war?[ Es wäre toll, von jemandem, der es täglich erlebt hat, etwas zu Punkten wie {strengths} zu lesen.] Fühl dich bitte zu nichts verpflichtet; wenn du lieber nicht möchtest, ist das völlig in Ordnung. Vielen Dank!',
      ],
      [
        'Ein Blick aus dem Team',
        'Hallo {firstName}, dich[ bei {company}] im Team zu haben, war ein echtes Glück. Eine Empfehlung von jemandem, mit dem ich täglich gearbeitet habe, würde mir viel bedeuten, weil sie eine Seite meiner Arbeit zeigt, die eine Führungskraft nicht sehen kann. Könntest du dir vorstellen, eine zu schreiben?[ Falls es hilft, könntest du über diese Arbeit schreiben: {project}.][ Mich würde auch interessieren, ob Punkte wie {strengths} bei dir angekommen sind.] Ganz wie du magst, und danke dir in jedem Fall.',
      ],
      [
        'Eng zusammengearbeitet',
        'Hallo {firstName}! Ich bitte gerade ein paar Menschen, mit denen ich eng zusammengearbeitet habe, um eine Empfehlung auf LinkedIn, und deine Sicht ist mir wichtig.[ Das beste Beispiel ist wohl unsere gemeinsame Zeit bei diesem Projekt: {project}.][ Alles, was dir an Punkten wie {strengths} aufgefallen ist, wäre sehr wertvoll.] Hättest du Lust, ein paar Zeilen zu schreiben? Überhaupt kein Druck, und danke, dass du darüber nachdenkst.',
      ],
    ],
    mentor: [
      [
        'Ihre Begleitung',
        'Hallo {firstName}, ich hoffe, es geht Ihnen gut! Ihre Begleitung[ {period}] hat mir wirklich viel gebracht, und ich wäre Ihnen dankbar für eine kurze Empfehlung auf LinkedIn.[ Sie haben gesehen, wie ich dieses Projekt angegangen bin: {project}. Das wäre vielleicht ein guter Ausgangspunkt.][ Wenn Sie möchten, könnten Sie Punkte wie {strengths} erwähnen.] Natürlich nur, wenn Sie die Zeit haben und es sich für Sie stimmig anfühlt. Vielen Dank für alles, was Sie mit mir geteilt haben.',
      ],
      [
        'Unsere Gespräche',
        'Hallo {firstName},\n\nunsere Gespräche haben meine Art zu arbeiten stärker geprägt, als Sie vielleicht ahnen.[ Ihre Ratschläge in diesem Projekt umzusetzen, hat mich viel gelehrt: {project}.] Würden Sie mir eine kurze Empfehlung auf LinkedIn schreiben?[ Ein paar Worte zu Punkten wie {strengths} wären wunderbar.][ Sie könnten auch das Ergebnis erwähnen: {result}.]\n\nWenn es gerade nicht passt, verstehe ich das voll und ganz. Ganz herzlichen Dank.',
      ],
      [
        'Von meinem Mentor, meiner Mentorin',
        'Hallo {firstName}! Noch einmal danke für all die Zeit, die Sie mir geschenkt haben. Ich baue gerade mein LinkedIn-Profil aus, und eine Empfehlung von Ihnen als meinem Mentor oder meiner Mentorin würde mir viel bedeuten.[ Vielleicht etwas dazu, wie ich an diesem Projekt gewachsen bin: {project}?][ Schön wäre es, wenn Sie Punkte wie {strengths} ansprechen.] Wenn Sie zu viel zu tun haben, ist das überhaupt kein Problem.',
      ],
    ],
    client: [
      [
        'Wenn Sie zufrieden waren',
        'Hallo {firstName}, ich hoffe, bei Ihnen[ und bei {company}] ist alles gut! Die Zusammenarbeit mit Ihnen[ {period}] war mir eine Freude[, gerade bei diesem Projekt: {project}]. Wenn Sie mit dem Ergebnis zufrieden waren, wären Sie bereit, mir eine kurze Empfehlung auf LinkedIn zu schreiben?[ Sie könnten das Ergebnis nennen: {result}.][ Es wäre schön, aus Kundensicht etwas zu Punkten wie {strengths} zu lesen.] Wenn es gerade nicht passt, ist das kein Problem. Vielen Dank für Ihr Vertrauen!',
      ],
      [
        'Stimmen von Kunden',
        'Hallo {firstName},\n\nnoch einmal vielen Dank, dass Sie mir diesen Auftrag anvertraut haben[: {project}]. Ich sammle gerade ein paar Empfehlungen von Kundinnen und Kunden auf LinkedIn, und eine von Ihnen würde mir sehr viel bedeuten.[ Wenn Ihnen etwas aufgefallen ist, wären Punkte wie {strengths} wunderbar.][ Gern können Sie auch das Ergebnis erwähnen: {result}.]\n\nNatürlich nur, wenn es für Sie passt, und ich nehme es Ihnen keineswegs übel, wenn nicht.',
      ],
      [
        'Ein Höhepunkt für mich',
        'Hallo {firstName}! Die Arbeit mit Ihnen war für mich ein Höhepunkt[, vor allem dieses Projekt: {project}]. Könnten Sie sich vorstellen, darüber eine kurze Empfehlung auf LinkedIn zu schreiben?[ Ein, zwei Sätze zu Punkten wie {strengths} würden völlig genügen.][ Auch das Ergebnis wäre eine Erwähnung wert: {result}.] Wenn Sie lieber nicht möchten, verstehe ich das voll und ganz. Vielen Dank!',
      ],
    ],
    classmate: [
      [
        'Für Mitstudierende',
        'Hey {firstName}! Die Zusammenarbeit mit dir[ {period}] hat mir richtig Spaß gemacht[, besonders bei diesem Projekt: {project}]. Ich baue gerade mein LinkedIn-Profil aus, und eine Empfehlung von jemandem aus dem Studium, der meine Arbeit aus der Nähe kennt, würde mir viel bedeuten.[ Vielleicht ein paar Zeilen zu Punkten wie {strengths}?] Kein Stress, wenn du gerade viel zu tun hast, und ich schreibe dir gern auch eine. Danke!',
      ],
      [
        'Für eine Lehrkraft',
        'Hallo {firstName},\n\nIhr Kurs[ {period}] hat mir sehr gefallen, und ich habe viel daraus mitgenommen.[ Unter Ihrer Anleitung an diesem Projekt zu arbeiten, war ein Höhepunkt: {project}.] Wären Sie bereit, mir eine kurze Empfehlung auf LinkedIn zu schreiben?[ Es wäre wunderbar, wenn Sie Punkte wie {strengths} erwähnen könnten.]\n\nWenn Ihnen die Zeit fehlt, verstehe ich das voll und ganz. Vielen Dank für all Ihre Hilfe und Ermutigung.',
      ],
      [
        'In beide Richtungen',
        'Hallo {firstName}, ich hoffe, das Semester läuft gut![ Ich denke immer noch gern an unsere gemeinsame Arbeit zurück: {project}.] Könntest du dir vorstellen, eine kurze Empfehlung für mein LinkedIn-Profil zu schreiben?[ Alles zu Punkten wie {strengths} wäre sehr hilfreich.] Ein Nein ist völlig in Ordnung, und danke, dass du darüber nachdenkst.',
      ],
    ],
  },
  // Phrases without a clause, each opening with "die" (read as "der" after "nach"), so that they stand
  // anywhere in a sentence; gifts are possessive phrases, the same as subject and object.
  ties: {
    manager: { together: 'die Zeit in Ihrem Team', gift: 'Ihre Rückendeckung', formal: true },
    senior: { together: 'die Zusammenarbeit mit Ihnen', gift: 'Ihre Großzügigkeit mit Ihrem Wissen', formal: true },
    peer: { together: 'die Zeit Seite an Seite mit dir', gift: 'deine gute Laune selbst in stressigen Wochen' },
    report: { together: 'die Zusammenarbeit mit dir im Team', gift: 'deine Sorgfalt bei jeder Aufgabe' },
    mentor: { together: 'die Zeit unter Ihrer Anleitung', gift: 'Ihre Begleitung', formal: true },
    client: { together: 'die Zusammenarbeit mit Ihnen', gift: 'Ihr Vertrauen', formal: true },
    classmate: { together: 'die Zeit in unserem Kurs', gift: 'all deine Hilfe' },
  },
  frames: {
    'heads-up': [
      [
        'Erst einmal fragen',
        (t) =>
          t.formal
            ? `Hallo {firstName}, ich hoffe, es läuft gut bei Ihnen[ und bei {company}]! Ich habe in letzter Zeit oft an ${t.together} gedacht[ (vor allem {project})], und daran, wie sehr ich ${t.gift} geschätzt habe. Ich sammle gerade ein paar Empfehlungen auf LinkedIn, und Ihre würde mir viel bedeuten. Könnten Sie sich vorstellen, eine kurze zu schreiben? Wenn Sie zu viel um die Ohren haben oder es sich nicht richtig anfühlt, sagen Sie es einfach: Ich nehme es Ihnen überhaupt nicht übel. Vielen Dank in jedem Fall!`
            : `Hallo {firstName}, ich hoffe, bei dir läuft alles gut[ und bei {company}]! Ich habe in letzter Zeit oft an ${t.together} gedacht[ (vor allem {project})], und daran, wie sehr ich ${t.gift} geschätzt habe. Ich sammle gerade ein paar Empfehlungen auf LinkedIn, und deine würde mir viel bedeuten. Hättest du Lust, eine kurze zu schreiben? Wenn du zu viel um die Ohren hast oder es sich nicht richtig anfühlt, sag es einfach: Ich nehme es dir überhaupt nicht übel. Danke dir in jedem Fall!`,
      ],
      [
        'Bevor es offiziell wird',
        (t) =>
          t.formal
            ? `Hallo {firstName}! Eine Frage, bevor ich etwas Offizielles schicke: Ich bringe gerade mein LinkedIn-Profil auf den neuesten Stand, und ein paar Worte von Ihnen über ${t.together}[ (vor allem {project})] wären wunderbar.[ Sie könnten Punkte wie {strengths} erwähnen, wenn das zu Ihrem Eindruck passt.] Ein Nein ist natürlich völlig in Ordnung, und danke, dass Sie darüber nachdenken.`
            : `Hallo {firstName}! Eine Frage, bevor ich etwas Offizielles schicke: Ich bringe gerade mein LinkedIn-Profil auf den neuesten Stand, und ein paar Worte von dir über ${t.together}[ (vor allem {project})] wären super.[ Du könntest Punkte wie {strengths} erwähnen, wenn das zu deinem Eindruck passt.] Ein Nein ist natürlich völlig okay, und danke, dass du darüber nachdenkst.`,
      ],
      [
        'Nicht aus heiterem Himmel',
        (t) =>
          t.formal
            ? `Hallo {firstName}, ${t.together}[ {period}] ist schon eine Weile her, und ich denke noch oft daran. Ich würde Sie gern um eine kurze Empfehlung auf LinkedIn bitten und wollte hier erst einmal vorfühlen, statt Ihnen eine Anfrage aus heiterem Himmel zu schicken. Ganz ohne Druck. Sagen Sie mir einfach, was Sie davon halten, und vielen Dank!`
            : `Hallo {firstName}, ${t.together}[ {period}] ist schon eine Weile her, und ich denke noch oft daran. Ich würde dich gern um eine kurze Empfehlung auf LinkedIn bitten und wollte hier erst einmal vorfühlen, statt dir eine Anfrage aus heiterem Himmel zu schicken. Ganz ohne Druck. Sag mir einfach, was du davon hältst, und danke dir!`,
      ],
    ],
    'follow-up': [
      [
        'Noch einmal nach oben',
        (t) =>
          t.formal
            ? `Hallo {firstName}, ich hole meine Bitte um eine Empfehlung nur kurz wieder nach oben in Ihr Postfach, falls sie untergegangen ist.[ Wenn Sie sie noch schreiben möchten, wären ein paar Zeilen zu Punkten wie {strengths} mehr als genug.] Wenn gerade zu viel los ist oder Sie lieber verzichten, ist das völlig in Ordnung. Nochmals danke, dass Sie darüber nachdenken, und für ${t.gift}.`
            : `Hallo {firstName}, ich hole meine Bitte um eine Empfehlung nur kurz wieder nach oben in dein Postfach, falls sie untergegangen ist.[ Wenn du sie noch schreiben magst, wären ein paar Zeilen zu Punkten wie {strengths} mehr als genug.] Wenn gerade zu viel los ist oder du lieber verzichtest, ist das völlig okay. Nochmals danke, dass du darüber nachdenkst, und für ${t.gift}.`,
      ],
      [
        'Ist es angekommen?',
        (t) =>
          t.formal
            ? `Hallo {firstName}, ich hoffe, es geht Ihnen gut! Vor einiger Zeit hatte ich Sie gefragt, ob Sie mir eine kurze Empfehlung über ${t.together} schreiben würden[ (vor allem {project})]. Es eilt überhaupt nicht: Ich wollte nur sichergehen, dass die Anfrage angekommen ist. Und wenn es gerade nicht passt, ist das kein Problem. Vielen Dank!`
            : `Hallo {firstName}, ich hoffe, es geht dir gut! Vor einiger Zeit hatte ich dich gefragt, ob du mir eine kurze Empfehlung über ${t.together} schreiben würdest[ (vor allem {project})]. Es eilt überhaupt nicht: Ich wollte nur sichergehen, dass die Anfrage angekommen ist. Und wenn es gerade nicht passt, ist das kein Problem. Danke dir!`,
      ],
      [
        'Eine freundliche Erinnerung',
        (t) =>
          t.formal
            ? `Hallo {firstName}, eine kleine Erinnerung an die Empfehlung auf LinkedIn, nur falls sie untergegangen ist.[ Falls Stichpunkte helfen: {strengths}[, und das Ergebnis: {result}].] Wenn Sie lieber darauf verzichten, verstehe ich das voll und ganz. Vielen Dank, und ich denke immer noch gern an ${t.together} zurück.`
            : `Hallo {firstName}, eine kleine Erinnerung an die Empfehlung auf LinkedIn, nur falls sie untergegangen ist.[ Falls Stichpunkte helfen: {strengths}[, und das Ergebnis: {result}].] Wenn du lieber darauf verzichtest, verstehe ich das voll und ganz. Danke dir, und ich denke immer noch gern an ${t.together} zurück.`,
      ],
    ],
    'thank-you': [
      [
        'Sie hat mir die Woche versüßt',
        (t) =>
          t.formal
            ? `Hallo {firstName}, ganz herzlichen Dank für die Empfehlung! Sie hat mir die Woche versüßt, und nach ${t.together.replace(/^die /, 'der ')}[ (vor allem {project})] bedeutet sie mir von Ihnen besonders viel. Wenn ich jemals etwas für Sie tun kann, sagen Sie es einfach.`
            : `Hallo {firstName}, tausend Dank für die Empfehlung! Sie hat mir die Woche versüßt, und nach ${t.together.replace(/^die /, 'der ')}[ (vor allem {project})] bedeutet sie mir von dir besonders viel. Wenn ich jemals etwas für dich tun kann, sag einfach Bescheid.`,
      ],
      [
        'Immer wieder gelesen',
        (t) =>
          t.formal
            ? 'Hallo {firstName}, Ihre Empfehlung steht jetzt auf meinem Profil, und ich lese sie immer wieder.[ Besonders gefreut hat mich, dass Sie {strengths} erwähnt haben.] Vielen Dank, dass Sie sich die Zeit genommen haben; ich weiß, wie viel Sie zu tun haben. Ich revanchiere mich gern, wann immer es Ihnen passt.'
            : 'Hallo {firstName}, deine Empfehlung steht jetzt auf meinem Profil, und ich lese sie immer wieder.[ Besonders gefreut hat mich, dass du {strengths} erwähnt hast.] Danke, dass du dir die Zeit genommen hast; ich weiß, wie viel du zu tun hast. Ich revanchiere mich gern, wann immer es dir passt.',
      ],
      [
        'Freundliche Worte',
        (t) =>
          t.formal
            ? `Hallo {firstName}! Ein großes Dankeschön für Ihre freundlichen Worte auf LinkedIn. Ich habe ${t.gift} nie vergessen, deshalb bedeutet es mir umso mehr, das von Ihnen zu lesen. Nochmals vielen Dank!`
            : `Hallo {firstName}! Ein großes Dankeschön für deine lieben Worte auf LinkedIn. Ich habe ${t.gift} nie vergessen, deshalb bedeutet es mir umso mehr, das von dir zu lesen. Nochmals danke!`,
      ],
    ],
    offer: [
      [
        'Etwas Bestimmtes?',
        (t) =>
          t.formal
            ? `Hallo {firstName}, ich würde Ihnen gern eine Empfehlung auf LinkedIn schreiben, denn ${t.together}[ (vor allem {project})] hat bei mir einen bleibenden Eindruck hinterlassen. Gibt es etwas, das ich besonders hervorheben soll? Und wenn Sie gerade keine möchten, ist das überhaupt kein Problem. Vielen Dank für alles!`
            : `Hallo {firstName}, ich würde dir gern eine Empfehlung auf LinkedIn schreiben, denn ${t.together}[ (vor allem {project})] hat bei mir einen bleibenden Eindruck hinterlassen. Gibt es etwas, das ich besonders hervorheben soll? Und wenn du gerade keine möchtest, ist das überhaupt kein Problem. Danke dir für alles!`,
      ],
      [
        'Ich revanchiere mich',
        (t) =>
          t.formal
            ? 'Hallo {firstName}, noch einmal vielen Dank für die Empfehlung! Ich würde mich gern revanchieren. Wenn Sie mir ein, zwei Dinge nennen, auf die ich eingehen soll, schreibe ich einen Entwurf und schicke ihn Ihnen vorab zum Lesen. Und wenn Sie lieber verzichten, ist das völlig in Ordnung.'
            : 'Hallo {firstName}, noch einmal danke für die Empfehlung! Ich würde mich gern revanchieren. Wenn du mir ein, zwei Dinge nennst, auf die ich eingehen soll, schreibe ich einen Entwurf und schicke ihn dir vorab zum Lesen. Und wenn du lieber verzichtest, ist das völlig okay.',
      ],
      [
        'Schwarz auf weiß',
        (t) =>
          t.formal
            ? `Hallo {firstName}, ich wollte Ihnen schon länger eine Empfehlung schreiben: ${t.gift} verdient es, schwarz auf weiß festgehalten zu werden. Wäre Ihnen das recht? Wenn ja, sagen Sie mir gern, was Ihnen für Ihren nächsten Schritt am meisten helfen würde. Vielen Dank!`
            : `Hallo {firstName}, ich wollte dir schon länger eine Empfehlung schreiben: ${t.gift} verdient es, schwarz auf weiß festgehalten zu werden. Wäre dir das recht? Wenn ja, sag mir gern, was dir für deinen nächsten Schritt am meisten helfen würde. Danke dir!`,
      ],
    ],
  },
};
