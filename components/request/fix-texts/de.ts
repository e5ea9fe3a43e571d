import type { FixTexts } from '../fixes';

/**
 * German: Sie, unless the message already says du (then du, as the message does). The project,
 * the strengths and the result follow a colon or "wie", so any article the user typed stays right.
 */
export const DE: FixTexts = {
  lang: 'de',
  greet: 'Hallo {firstName},',
  whatToWrite:
    '[Falls es hilft, könnten Sie Punkte wie {strengths} erwähnen.][ Ein guter Ausgangspunkt wäre unsere gemeinsame Arbeit: {project}.][ Auch das Ergebnis wäre vielleicht einen Satz wert: {result}.]',
  thanks: 'Vielen Dank, dass Sie darüber nachdenken; das bedeutet mir viel.',
  easyOut: 'Wenn Ihnen gerade die Zeit fehlt oder es sich nicht richtig anfühlt, ist das überhaupt kein Problem.',
  material:
    '[Wenn ich an unsere Zusammenarbeit denke[ ({period})], fällt mir zuerst diese Arbeit ein: {project}.][ Wenn mich jemand nach dieser Zeit fragt, erzähle ich bis heute davon: {result}.][ Sie haben aus der Nähe erlebt, was ich mitbringe: {strengths}.]',
  informal: {
    shows: /\b(?:du|dich|dir|dein(?:e[mnrs]?)?)\b/i,
    texts: {
      whatToWrite:
        '[Falls es hilft, könntest du Punkte wie {strengths} erwähnen.][ Ein guter Ausgangspunkt wäre unsere gemeinsame Arbeit: {project}.][ Auch das Ergebnis wäre vielleicht einen Satz wert: {result}.]',
      thanks: 'Danke, dass du darüber nachdenkst; das bedeutet mir viel.',
      easyOut: 'Wenn dir gerade die Zeit fehlt oder es sich nicht richtig anfühlt, ist das überhaupt kein Problem.',
      material:
        '[Wenn ich an unsere Zusammenarbeit denke[ ({period})], fällt mir zuerst diese Arbeit ein: {project}.][ Wenn mich jemand nach dieser Zeit fragt, erzähle ich bis heute davon: {result}.][ Du hast aus der Nähe erlebt, was ich mitbringe: {strengths}.]',
    },
  },
};
