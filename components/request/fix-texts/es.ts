import type { FixTexts } from '../fixes';

/**
 * Spanish: tú, neutral for Latin America, as in the templates. The project, the strengths and the
 * result follow "en", "como" or a colon, never "de" or "a"; nothing asks anyone's gender.
 */
export const ES: FixTexts = {
  lang: 'es',
  greet: 'Hola, {firstName}:',
  whatToWrite:
    '[Si te sirve, podrías mencionar aspectos como {strengths}.][ Un buen punto de partida sería nuestro trabajo en {project}.][ Quizá el resultado merezca una línea: {result}.]',
  thanks: 'Gracias por considerarlo; significa mucho para mí.',
  easyOut: 'Si estás con mucho trabajo o no te parece lo indicado, no hay ningún problema.',
  material:
    '[Cuando pienso en nuestra colaboración[ ({period})], lo primero que recuerdo es nuestro trabajo en {project}.][ Cuando me preguntan por esa etapa, todavía menciono este resultado: {result}.][ Viste de cerca lo que aporto: {strengths}.]',
};
