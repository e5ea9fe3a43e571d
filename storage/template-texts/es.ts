import type { TemplateTexts } from '../builtin-templates';

/**
 * Spanish: tú for everyone, as LinkedIn is spoken among colleagues in Spain and Latin America
 * alike. The project and the strengths follow "en", "con", "como" or a colon, never "de" or "a",
 * so that whatever article the user types ("el proyecto", "la migración") needs no contraction.
 * The wording asks nothing of the writer's or the reader's gender.
 */
export const ES: TemplateTexts = {
  requests: {
    manager: [
      [
        'Mirando atrás a tu equipo',
        'Hola, {firstName}:\n\n¡Espero que estés muy bien! Últimamente pienso mucho en mi etapa en tu equipo[ en {company}][ en {period}] y en todo lo que crecí trabajando contigo.[ Nuestro trabajo en {project} sigue siendo una de las cosas que más satisfacción me dan.]\n\n¿Te animarías a escribirme una breve recomendación en LinkedIn?[ Si te sirve, podrías mencionar aspectos como {strengths}.][ También valdría la pena una línea sobre el resultado: {result}.]\n\nSi no tienes tiempo o no te parece oportuno, no pasa nada. Gracias por pensarlo y por todo tu apoyo.',
      ],
      [
        'Una etapa que valoro',
        '¡Hola, {firstName}! Espero que te vaya muy bien. Trabajar contigo[ en {company}] fue una de las mejores etapas de mi carrera hasta ahora, y estoy reuniendo algunas recomendaciones en LinkedIn de personas que conocieron mi trabajo de cerca. ¿Te animarías a escribirme una?[ Me encantaría que se centrara en {project}[ en {period}].][ Si algo te llamó la atención, aspectos como {strengths} serían geniales.][ También estaría bien mencionar el resultado: {result}.] Solo si tienes tiempo, claro; lo entendería perfectamente si no. Muchas gracias por todo lo que me enseñaste.',
      ],
      [
        'Corto y directo',
        '¡Hola, {firstName}! ¿Te animarías a escribirme una breve recomendación en LinkedIn?[ Nadie conoce mejor que tú mi trabajo en {project}.][ Lo que más me gustaría que supiera un futuro equipo son aspectos como {strengths}.] Con gusto te mando unas notas si te lo pone más fácil, y no pasa nada si me dices que no. Gracias, y espero que al equipo le vaya genial.',
      ],
    ],
    senior: [
      [
        'Aprendiendo a tu lado',
        'Hola, {firstName}, ¡espero que estés bien! Trabajar a tu lado[ en {project}][ en {period}] me enseñó mucho sobre cómo hacer bien este trabajo, y sería un honor tener una recomendación tuya en LinkedIn.[ Si quieres un punto de partida, podrías hablar sobre aspectos como {strengths}.][ Todavía me enorgullece cómo salió todo: {result}.] Por supuesto, si vas con mucho trabajo o prefieres no hacerlo, no hay ningún problema. ¡Gracias por pensarlo!',
      ],
      [
        'Desde un poco más arriba',
        'Hola, {firstName}:\n\nEstoy actualizando mi perfil de LinkedIn y me encantaría tener una breve recomendación tuya, ya que viste mi trabajo[ en {project}] desde un poco más arriba.[ Lo más útil sería leer algo sobre aspectos como {strengths}.][ También podrías mencionar el resultado: {result}.]\n\n¿Te animarías? Si no, no pasa nada. En cualquier caso, gracias por todos tus consejos a lo largo de estos años.',
      ],
      [
        'Generosidad con tu tiempo',
        '¡Hola, {firstName}! Siempre he valorado la generosidad con la que me dedicaste tu tiempo[ en {company}]. ¿Considerarías escribirme una breve recomendación en LinkedIn?[ Nuestro trabajo en {project} sería el punto de partida natural.][ Si recuerdas aspectos como {strengths}, sería estupendo que los mencionaras.] Sé que tienes mucho trabajo, así que solo si encuentras un momento libre, y no pasa nada si no puedes. ¡Gracias!',
      ],
    ],
    peer: [
      [
        'Codo con codo',
        '¡Hola, {firstName}! Me lo pasé genial trabajando codo con codo contigo[ en {project}][ en {period}]. Estoy reuniendo algunas recomendaciones en LinkedIn, y la tuya significaría mucho para mí.[ ¿Quizás algo sobre aspectos como {strengths}?][ También podrías contar cómo salió: {result}.] No te preocupes si vas con prisas, y con gusto te escribo una yo también. ¡Muchas gracias!',
      ],
      [
        'Lo viste de primera mano',
        'Hola, {firstName}, ¡espero que todo vaya bien por ahí! ¿Te animarías a escribirme una breve recomendación en LinkedIn?[ Viste de primera mano cómo llevé {project}, así que un par de líneas sobre eso serían ideales.][ Me haría especial ilusión que mencionaras aspectos como {strengths}.] Si no tienes tiempo o no es lo tuyo, no pasa nada. Mil gracias, y cuando quieras te devuelvo el favor.',
      ],
      [
        'Buen equipo',
        '{firstName}, ha sido genial formar equipo contigo[ en {company}]. Te agradecería mucho una breve recomendación en LinkedIn, si te apetece.[ Cualquier cosa sobre nuestro trabajo en {project} sería perfecta.][ Si te vienen a la mente aspectos como {strengths}, menciónalos sin problema.] Avísame si quieres que te escriba una yo también. Y si no, ¡no pasa nada! Gracias.',
      ],
    ],
    report: [
      [
        'Tu punto de vista',
        'Hola, {firstName}, ¡espero que estés muy bien! Disfruté mucho trabajando contigo[ en {project}][ en {period}] y me encantaría añadir tu punto de vista a mi perfil de LinkedIn. ¿Te animarías a escribir una breve recomendación sobre cómo fue trabajar conmigo?[ Sería genial leer algo sobre aspectos como {strengths}, de alguien que lo vivió en el día a día.] No te sientas en ninguna obligación, y no pasa nada si prefieres no hacerlo. ¡Gracias!',
      ],
      [
        'Una mirada desde el equipo',
        'Hola, {firstName}, tenerte en el equipo[ en {company}] fue un verdadero privilegio. Una recomendación de alguien con quien trabajé en el día a día significaría mucho, porque muestra una parte de mi trabajo que quien dirige el equipo no puede ver. ¿Te animarías a escribir una?[ Si te ayuda, podrías hablar sobre {project}.][ También me gustaría saber si aspectos como {strengths} se notaron desde tu lado.] Tú decides, y gracias en cualquier caso.',
      ],
      [
        'Trabajamos muy de cerca',
        '¡Hola, {firstName}! Estoy pidiendo recomendaciones en LinkedIn a algunas personas con las que he trabajado muy de cerca, y tu opinión me importa.[ Nuestro tiempo en {project} es seguramente el mejor ejemplo.][ Cualquier cosa que notaras sobre aspectos como {strengths} sería muy valiosa.] ¿Te animarías a escribir unas líneas? Sin ninguna presión, y gracias por pensarlo.',
      ],
    ],
    mentor: [
      [
        'Tu orientación',
        'Hola, {firstName}, ¡espero que estés bien! Tu orientación[ en {period}] marcó una gran diferencia para mí, y te agradecería mucho una breve recomendación en LinkedIn.[ Viste cómo abordé {project}, así que podría ser un buen punto de partida.][ Si quieres, podrías mencionar aspectos como {strengths}.] Solo si tienes tiempo y te parece bien, claro. Gracias por todo lo que has compartido conmigo.',
      ],
      [
        'Nuestras conversaciones',
        'Hola, {firstName}:\n\nNuestras conversaciones han influido en mi forma de trabajar más de lo que imaginas.[ Poner en práctica tus consejos en {project} me enseñó muchísimo.] ¿Considerarías escribirme una breve recomendación en LinkedIn?[ Unas palabras sobre aspectos como {strengths} serían maravillosas.][ También podrías mencionar el resultado: {result}.]\n\nSi no es buen momento, lo entiendo perfectamente. Muchísimas gracias.',
      ],
      [
        'De mi mentor',
        '¡Hola, {firstName}! Gracias de nuevo por todo el tiempo que me has dedicado. Estoy completando mi perfil de LinkedIn, y una recomendación de quien me ha guiado significaría mucho para mí.[ ¿Quizás algo sobre cómo crecí con {project}?][ Sería estupendo que mencionaras aspectos como {strengths}.] Si tienes mucho trabajo, no pasa nada.',
      ],
    ],
    client: [
      [
        'Si te gustó el resultado',
        'Hola, {firstName}, ¡espero que todo vaya bien[ en {company}]! Fue un placer trabajar contigo[ en {project}][ en {period}]. Si te gustó cómo salió, ¿te animarías a escribirme una breve recomendación en LinkedIn?[ Podrías mencionar el resultado: {result}.][ Sería genial leer, desde tu punto de vista como cliente, algo sobre aspectos como {strengths}.] No pasa nada si ahora no es buen momento. ¡Gracias por tu confianza!',
      ],
      [
        'Palabras de clientes',
        'Hola, {firstName}:\n\nGracias de nuevo por confiar en mí[ para {project}]. Estoy reuniendo algunas recomendaciones de clientes en LinkedIn, y una tuya significaría muchísimo para mí.[ Si algo te llamó la atención, sería estupendo mencionar aspectos como {strengths}.][ Si quieres, menciona también el resultado: {result}.]\n\nSolo si te parece bien, claro, y sin ningún problema si no.',
      ],
      [
        'Un momento destacado',
        '¡Hola, {firstName}! Trabajar contigo[ en {project}] fue uno de los mejores momentos de mi trabajo. ¿Considerarías escribir una breve recomendación en LinkedIn sobre ello?[ Una o dos líneas sobre aspectos como {strengths} serían más que suficientes.][ El resultado también merecería una mención: {result}.] Si prefieres no hacerlo, lo entiendo perfectamente. ¡Muchas gracias!',
      ],
    ],
    classmate: [
      [
        'De clase',
        '¡Hola, {firstName}! Me encantó trabajar contigo[ en {project}][ en {period}]. Estoy completando mi perfil de LinkedIn, y una recomendación de alguien de clase que vio mi trabajo de cerca significaría mucho.[ ¿Quizás unas líneas sobre aspectos como {strengths}?] No te preocupes si vas con prisas, y con gusto te escribo una yo también. ¡Gracias!',
      ],
      [
        'Tras tu clase',
        'Hola, {firstName}:\n\nDisfruté mucho de tu clase[ en {period}] y aprendí muchísimo en ella.[ Trabajar en {project} bajo tu guía fue uno de los mejores momentos.] ¿Te animarías a escribirme una breve recomendación en LinkedIn?[ Sería maravilloso que pudieras mencionar aspectos como {strengths}.]\n\nSi no tienes tiempo, lo entiendo perfectamente. Gracias por toda tu ayuda y tus ánimos.',
      ],
      [
        'En un sentido o en otro',
        'Hola, {firstName}, ¡espero que el curso vaya bien![ Todavía me acuerdo de nuestro trabajo en {project}.] ¿Te animarías a escribir una breve recomendación para mi perfil de LinkedIn?[ Cualquier cosa sobre aspectos como {strengths} me ayudaría mucho.] No pasa nada si me dices que no, y gracias por pensarlo.',
      ],
    ],
  },
  // Each "together" opens with a possessive, so it follows "en", "sobre" or "de" without a contraction.
  ties: {
    manager: { together: 'mi etapa en tu equipo', gift: 'todo tu apoyo' },
    senior: { together: 'nuestro trabajo juntos', gift: 'tu generosidad al compartir lo que sabes' },
    peer: { together: 'nuestro trabajo codo con codo', gift: 'tu buen humor incluso en las semanas más duras' },
    report: { together: 'nuestro trabajo en el equipo', gift: 'tu cuidado en todo lo que hacíamos' },
    mentor: { together: 'mi aprendizaje a tu lado', gift: 'tu orientación' },
    client: { together: 'nuestra colaboración', gift: 'la confianza que depositaste en mí' },
    classmate: { together: 'nuestro tiempo juntos en clase', gift: 'toda la ayuda que me diste' },
  },
  frames: {
    'heads-up': [
      [
        'Antes, una pregunta',
        (t) =>
          `Hola, {firstName}, ¡espero que todo vaya bien[ en {company}]! He estado recordando ${t.together}[ en {project}] y lo mucho que valoré ${t.gift}. Estoy reuniendo algunas recomendaciones en LinkedIn, y la tuya significaría mucho para mí. ¿Te animarías a escribirme una, aunque sea breve? Si vas a tope o no te parece oportuno, dímelo sin problema: no me lo tomaré a mal. ¡Gracias en cualquier caso!`,
      ],
      [
        'Antes de nada formal',
        (t) =>
          `¡Hola, {firstName}! Una pregunta antes de enviarte nada formal: estoy actualizando mi perfil de LinkedIn, y unas palabras tuyas sobre ${t.together}[ en {project}] serían maravillosas.[ Podrías mencionar aspectos como {strengths}, si encaja con lo que viste.] Por supuesto, un no es perfectamente válido, y gracias por pensarlo.`,
      ],
      [
        'Sin que llegue de sorpresa',
        (t) =>
          `Hola, {firstName}, ha pasado tiempo desde ${t.together}[ en {period}], y aún lo recuerdo a menudo. Me encantaría pedirte una breve recomendación en LinkedIn, y quería preguntarte aquí primero en lugar de que te llegara una solicitud por sorpresa. Sin ninguna presión. Dime qué te parece, ¡y gracias!`,
      ],
    ],
    'follow-up': [
      [
        'De vuelta arriba',
        (t) =>
          `Hola, {firstName}, solo quería volver a poner mi solicitud de recomendación arriba en tu bandeja de entrada, por si se te pasó.[ Si todavía te apetece escribirla, unas líneas sobre aspectos como {strengths} serían más que suficientes.] Si has tenido mucho lío o prefieres no hacerlo, no pasa absolutamente nada. Gracias de nuevo por pensarlo, y por ${t.gift}.`,
      ],
      [
        'Para asegurarme de que te llegó',
        (t) =>
          `Hola, {firstName}, ¡espero que estés bien! Hace un tiempo te pregunté si te animarías a escribirme una breve recomendación sobre ${t.together}[ en {project}]. No hay ninguna prisa: solo quería asegurarme de que te había llegado. Y si ahora no es buen momento, no pasa nada. ¡Gracias!`,
      ],
      [
        'Un pequeño recordatorio',
        (t) =>
          `Hola, {firstName}, un pequeño recordatorio sobre la recomendación en LinkedIn, solo por si se quedó enterrada.[ Por si te sirven unas notas: {strengths}[, y el resultado: {result}].] Si prefieres dejarlo pasar, lo entiendo perfectamente. Muchas gracias, y sigo recordando con cariño ${t.together}.`,
      ],
    ],
    'thank-you': [
      [
        'Me alegró la semana',
        (t) =>
          `Hola, {firstName}, ¡muchísimas gracias por la recomendación! Leerla me alegró la semana, y significa mucho viniendo de ti después de ${t.together}[ en {project}]. Si alguna vez puedo hacer algo por ti, no dudes en pedírmelo.`,
      ],
      [
        'La vuelvo a leer',
        () =>
          'Hola, {firstName}, tu recomendación ya está en mi perfil y no paro de releerla.[ Me encantó especialmente que mencionaras {strengths}.] Gracias por dedicarle tu tiempo; sé lo ocupada que está tu agenda. Con gusto te devuelvo el favor cuando te venga bien.',
      ],
      [
        'Palabras amables',
        (t) =>
          `¡Hola, {firstName}! Muchísimas gracias por tus amables palabras en LinkedIn. Nunca he olvidado ${t.gift}, así que leer esto de ti significa todavía más. ¡Gracias de nuevo!`,
      ],
    ],
    offer: [
      [
        '¿Algo que destacar?',
        (t) =>
          `Hola, {firstName}, me encantaría escribirte una recomendación en LinkedIn, porque guardo un gran recuerdo de ${t.together}[ en {project}]. ¿Hay algo en particular que te gustaría que destacara? Y si prefieres no tener una ahora, no pasa nada. ¡Gracias por todo!`,
      ],
      [
        'Devolverte el favor',
        () =>
          'Hola, {firstName}, ¡gracias de nuevo por la recomendación! Me encantaría devolverte el favor. Si me dices un par de cosas en las que te gustaría que me centrara, preparo un borrador y te lo envío para que lo revises antes. Y si prefieres dejarlo, sin problema.',
      ],
      [
        'Que quede por escrito',
        (t) =>
          `Hola, {firstName}, hace tiempo que quiero escribirte una recomendación para que quede por escrito ${t.gift}. ¿Te parecería bien? Si es así, cuéntame qué te ayudaría más para lo que buscas ahora. ¡Gracias!`,
      ],
    ],
  },
};
