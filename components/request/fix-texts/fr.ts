import type { FixTexts } from '../fixes';

/**
 * French: vous, as in the templates, with a no-break space before colons, semicolons, ! and ?.
 * The project, the strengths and the result follow "sur", "comme" or a colon, never "de".
 */
export const FR: FixTexts = {
  lang: 'fr',
  greet: 'Bonjour {firstName},',
  whatToWrite:
    '[Si cela peut vous aider, vous pourriez évoquer des points comme {strengths}.][ Notre travail sur {project} serait un bon point de départ.][ Le résultat mérite peut-être une ligne\u00a0: {result}.]',
  thanks: 'Merci d’y réfléchir\u00a0; cela compte beaucoup pour moi.',
  easyOut: 'Si vous manquez de temps ou si cela ne vous semble pas juste, aucun souci.',
  material:
    '[Quand je repense à notre collaboration[ ({period})], c’est d’abord notre travail sur {project} qui me revient.][ Quand on m’interroge sur cette période, je cite encore ce résultat\u00a0: {result}.][ Vous avez vu de près ce que j’apporte\u00a0: {strengths}.]',
};
