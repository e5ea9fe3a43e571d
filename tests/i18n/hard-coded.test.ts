import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

/** Words a user reads: two letters in a row. The brand is the same in every language. */
const WORDS = /[A-Za-zÀ-ÿ]{2}/;
const BRAND = /^Vouch$/;
/** Attributes whose text a user reads or hears. */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt']);

const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** The text a user would read that is written into the markup rather than asked of `t`. */
export function hardCoded(source: string, file = 'x.tsx'): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const flag = (node: ts.Node, text: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${file}:${line} ${JSON.stringify(text.trim())}`);
  };
  /**
   * String literals inside a child expression, except a call's arguments (a key given to `t`, a
   * class name given to a helper) and the values a state is compared with.
   */
  const literalsIn = (node: ts.Node) => {
    if (ts.isCallExpression(node) || ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) return;
    if (ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind)) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && WORDS.test(node.text)) flag(node, node.text);
    ts.forEachChild(node, literalsIn);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text) && !BRAND.test(node.text.trim())) flag(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init) && WORDS.test(init.text) && !/^https?:\/\//.test(init.text)) flag(node, init.text);
      if (ts.isJsxExpression(init) && init.expression) literalsIn(init.expression);
    }
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) literalsIn(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/**
 * A sentence anywhere in a component's code (a notice handed to a setter, say): a capital, then
 * three words or more. An error thrown for developers (`new Error(…)`) is not the user's to read.
 */
const SENTENCE = /^[A-Z][a-z']*[.,:!?]?(?: [A-Za-z',.:!?]+){2,}/;
export function sentencesIn(source: string, file = 'x.tsx'): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) || ts.isImportDeclaration(node)) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) && SENTENCE.test(node.text)) {
      found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${JSON.stringify(node.text)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('the UI speaks through its messages', () => {
  it('finds words written into markup, and lets keys, class names and the brand be', () => {
    const sample = `
      const a = <p>Hello there</p>;
      const b = <p aria-label="Close the panel">{t('panel.close')}</p>;
      const c = <p>{name ?? 'this person'}</p>;
      const d = <p className={on ? 'notice warn' : 'muted'}>{t('x.y', { n: 1 })}{state === 'done' && t('x.done')}</p>;
      const e = <strong>Vouch</strong>;
      const f = <input placeholder="https://www.linkedin.com/in/your-name/" />;
    `;
    expect(hardCoded(sample).map((f) => f.split(' ').slice(1).join(' '))).toEqual(['"Hello there"', '"Close the panel"', '"this person"']);
  });

  it('finds a sentence handed to a setter', () => {
    expect(sentencesIn(`set({ tone: 'ok', text: 'Copied. Paste it now.' }); cls('notice warn'); t('a.b');`)).toHaveLength(1);
  });

  it('has no words written into the markup of any page or panel', () => {
    const files = [...tsxFiles(join(ROOT, 'components')), ...tsxFiles(join(ROOT, 'entrypoints'))];
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return [...hardCoded(source, relative(ROOT, file)), ...sentencesIn(source, relative(ROOT, file))];
    });
    expect(found).toEqual([]);
  });
});
