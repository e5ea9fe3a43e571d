/**
 * Template rendering for the request composer.
 *
 * Syntax: `{firstName}` and friends are replaced by the talking points. A part in square brackets
 * is optional: `[We worked on {project}. ]` disappears whole when any variable directly inside it
 * is missing, so a sentence that only makes sense with a project never reads "We worked on ."
 * Brackets nest; `\[`, `\]`, `\{` and `\}` stand for themselves.
 */

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

/** "A", "A and B", "A, B and C"; blanks and repeats dropped. */
export function joinNaturally(items: readonly string[]): string {
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
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** The text a variable stands for, or null when the user has not given it. */
export function variableValue(vars: TemplateVars, name: string): string | null {
  if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) return null;
  const raw = vars[name as TemplateVariable];
  if (raw == null) return null;
  const text = typeof raw === 'string' ? raw : joinNaturally(raw);
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

function render(nodes: Node[], vars: TemplateVars, optional: boolean): string | null {
  let out = '';
  for (const node of nodes) {
    if (node.t === 'text') out += node.s;
    else if (node.t === 'opt') out += render(node.children, vars, true) ?? '';
    else {
      const value = variableValue(vars, node.name);
      if (value === null && optional) return null;
      out += value ?? '';
    }
  }
  return out;
}

/** Smooths what missing variables leave behind: doubled spaces, " ,", "()", dangling "and". */
export function tidy(text: string): string {
  const lines = text.split('\n').map((line) =>
    line
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
      .trim(),
  );
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Fills a template with the talking points the user gave; what is missing leaves no trace. */
export function renderTemplate(template: string, vars: TemplateVars): string {
  return tidy(render(parse(template), vars, false) ?? '');
}

/** The variables a template uses, for the editor's hints. */
export function variablesIn(template: string): TemplateVariable[] {
  const found = new Set<TemplateVariable>();
  for (const m of template.matchAll(/(?<!\\)\{([A-Za-z]+)\}/g)) {
    if ((TEMPLATE_VARIABLES as readonly string[]).includes(m[1]!)) found.add(m[1] as TemplateVariable);
  }
  return [...found];
}
