import type { FixTexts } from '../fixes';

/**
 * Brazilian Portuguese: você, as in the templates. The project, the strengths and the result
 * follow "com", "como" or a colon; no "obrigado/obrigada", which would ask the writer's gender.
 */
export const PT_BR: FixTexts = {
  lang: 'pt_BR',
  greet: 'Oi, {firstName}!',
  whatToWrite:
    '[Se ajudar, você poderia mencionar pontos como {strengths}.][ Um bom ponto de partida seria o nosso trabalho com {project}.][ Talvez o resultado mereça uma linha: {result}.]',
  thanks: 'Agradeço por você considerar o pedido; isso significa muito para mim.',
  easyOut: 'Se você estiver sem tempo ou não se sentir à vontade, não tem problema nenhum.',
  material:
    '[Quando penso na nossa parceria[ ({period})], o que me vem primeiro à cabeça é o nosso trabalho com {project}.][ Quando me perguntam sobre aquela época, ainda cito este resultado: {result}.][ Você viu de perto o que eu trago: {strengths}.]',
};
