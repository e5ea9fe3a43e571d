import type { FixTexts } from '../fixes';

/** English: the sentences a fix adds to a request. */
export const EN: FixTexts = {
  lang: 'en',
  greet: 'Hi {firstName},',
  whatToWrite: '[If it helps, you could mention {strengths}.][ Our work on {project} would be a natural place to start.][ The result might be worth a line: {result}.]',
  thanks: 'Thank you for considering it; it means a lot.',
  easyOut: "If you're too busy or it doesn't feel right, no worries at all.",
  material: '[Working with you on {project}[ in {period}] is what I think of first.][ I still bring up {result} when people ask about that time.][ You saw my {strengths} up close.]',
};
