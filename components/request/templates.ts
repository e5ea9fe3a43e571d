/**
 * Template rendering for the request composer.
 *
 * Syntax: `{firstName}` and friends are replaced by the talking points. A part in square brackets
 * is optional: `[We worked on {project}. ]` disappears whole when any variable directly inside it
 * is missing, so a sentence that only makes sense with a project never reads "We worked on ."
 * Brackets nest; `\[`, `\]`, `\{` and `\}` stand for themselves.
 */
import type { Language } from '@/storage/settings';

export const TEMPLATE_VARIABLES = ['firstName', 'myName', 'project', 'period', 'strengths', 'result', 'company'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export interface TemplateVars {
  firstName?: string | null;
  myName?: string | null;
  project?: string | null;
  period?: string | null;
  /** Joined naturally: "A", "A and B", "A, B and C". */
  strengths?: readonly string[] | string | null;
  result?: string | null;
  company?: string | null;
}

/** The word before a list's last item, in each language Vouch writes templates in. */
const AND: Record<Language, string> = { en: 'and', de: 'und', fr: 'et', es: 'y', pt_BR: 'e' };
// Spanish writes "e" for "y" before an "i" sound: "rigor e iniciativa" (but "agua y hielo").
const SPANISH_E = /^h?i(?![aeiouáéíóú])/i;

/** "A", "A and B", "A, B and C" ("A, B und C"…); blanks and repeats dropped. */
export function joinNaturally(items: readonly string[], lang: Language = 'en'): string {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const raw of items) {
    const item = raw.replace(/\s+/g, ' ').trim();
    const key = item.toLocaleLowerCase();
    if (!item || seen.has(key)) continue;
    seen.add(key);
    list.push(item);
  }
  if (list.length <= 1) return list[0] ?? '';
  const last = list[list.length - 1]!;
  const and = lang === 'es' && SPANISH_E.test(last) ? 'e' : AND[lang];
  return `${list.slice(0, -1).join(', ')} ${and} ${last}`;
}

/** The text a variable stands for, or null when the user has not given it. */
export function variableValue(vars: TemplateVars, name: string, lang: Language = 'en'): string | null {
  if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) return null;
  const raw = vars[name as TemplateVariable];
  if (raw == null) return null;
  const text = typeof raw === 'string' ? raw : joinNaturally(raw, lang);
  // A value typed as "Atlas." must not leave "on Atlas.." in the sentence around it.
  const clean = text.replace(/\s+/g, ' ').trim().replace(/[\s.,;:]+$/u, '');
  return clean === '' ? null : clean;
}

type Node = { t: 'text'; s: string } | { t: 'var'; name: string } | { t: 'opt'; children: Node[] };

function parse(template: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  const top = () => stack[stack.length - 1]!;
  const text = (s: string) => {
    const nodes = top();
    const last = nodes[nodes.length - 1];
    if (last?.t === 'text') last.s += s;
    else nodes.push({ t: 'text', s });
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '\\' && /[[\]{}]/.test(template[i + 1] ?? '')) {
      text(template[++i]!);
    } else if (c === '{') {
      const m = /^\{([A-Za-z]+)\}/.exec(template.slice(i));
      if (m) {
        top().push({ t: 'var', name: m[1]! });
        i += m[0].length - 1;
      } else text(c);
    } else if (c === '[') {
      const group: Node = { t: 'opt', children: [] };
      top().push(group);
      stack.push(group.children);
    } else if (c === ']' && stack.length > 1) {
      stack.pop();
    } else text(c);
  }
  // An unclosed bracket was not meant as syntax: put it back as text.
  while (stack.length > 1) {
    const children = stack.pop()!;
    const parent = top();
    const idx = parent.findIndex((n) => n.t === 'opt' && n.children === children);
    parent.splice(idx, 1, { t: 'text', s: '[' }, ...children);
  }
  return root;
}

function render(nodes: Node[], vars: TemplateVars, optional: boolean, lang: Language): string | null {
  let out = '';
  for (const node of nodes) {
    if (node.t === 'text') out += node.s;
    else if (node.t === 'opt') out += render(node.children, vars, true, lang) ?? '';
    else {
      const value = variableValue(vars, node.name, lang);
      if (value === null && optional) return null;
      out += value ?? '';
    }
  }
  return out;
}

// French sets a no-break space before : ; ! and ?: kept through the clean-up below under a mark.
const KEPT_SPACE = /[ \t\u00a0]*\u00a0[ \t\u00a0]*(?=[;:!?])/g;
const KEPT_MARK = '\u2060';

/**
 * Smooths what missing variables leave behind: doubled spaces, " ,", "()", dangling "and". A
 * no-break space before : ; ! or ? is the template's own French typesetting and stays.
 */
export function tidy(text: string): string {
  const lines = text.split('\n').map((line) =>
    line
      .replace(KEPT_SPACE, KEPT_MARK)
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/\(\s*\)|\[\s*\]/g, '')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')')
      .replace(/([.!?])(?:\s+[.!?])+/g, '$1')
      .replace(/\s+\b(?:and|or|the)\b\s*(?=[.,;:!?])/gi, '')
      .replace(/\s+([,.;:!?])/g, '$1')
      .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
      .replace(/[,;:]\s*([.!?])/g, '$1')
      .replace(/^\s*[,.;:]\s*/, '')
      .replace(/ {2,}/g, ' ')
      .trim()
      .replaceAll(KEPT_MARK, '\u00a0'),
  );
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Fills a template with the talking points the user gave; what is missing leaves no trace. `lang`
 * is the template's language, for the word that joins the strengths.
 */
export function renderTemplate(template: string, vars: TemplateVars, lang: Language = 'en'): string {
  return tidy(render(parse(template), vars, false, lang) ?? '');
}

/** The variables a template uses, for the editor's hints. */
export function variablesIn(template: string): TemplateVariable[] {
  const found = new Set<TemplateVariable>();
  for (const m of template.matchAll(/(?<!\\)\{([A-Za-z]+)\}/g)) {
    if ((TEMPLATE_VARIABLES as readonly string[]).includes(m[1]!)) found.add(m[1] as TemplateVariable);
  }
  return [...found];
}
