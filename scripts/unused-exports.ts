// Lists exports that no other file uses, read with the TypeScript checker over the three projects
// (node, web, e2e):
//   unused  — not used anywhere: delete it;
//   private — used only in its own file: drop the `export`;
//   tests   — used only by test/ or bench/: fine for a pure rule; a wrapper made for tests is not.
// A module loaded with import('…') counts as used whole (the screens are loaded that way).
//   npx tsx scripts/unused-exports.ts [--all]   (without --all, types and interfaces are left out)
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const configs = ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.e2e.json'];
const withTypes = process.argv.includes('--all');

const files = new Set<string>();
for (const name of configs) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, name),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  for (const f of parsed?.fileNames ?? []) files.add(f);
}
// One program over every file: only names and references matter here, not the layer rules.
const program = ts.createProgram([...files], {
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  types: ['node'],
  jsx: ts.JsxEmit.ReactJSX,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();
const ours = program
  .getSourceFiles()
  .filter((s) => !s.isDeclarationFile && !s.fileName.includes('/node_modules/'));

const original = (s: ts.Symbol): ts.Symbol =>
  s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
const isTestSide = (f: string) => /^(test|bench)\//.test(relative(root, f));

const usedElsewhere = new Set<ts.Symbol>();
const usedByTests = new Set<ts.Symbol>();
const usedLocally = new Set<ts.Symbol>();
for (const sf of ours) {
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined
    ) {
      const mod = checker.getSymbolAtLocation(node.arguments[0]);
      if (mod) for (const e of checker.getExportsOfModule(mod)) usedElsewhere.add(original(e));
    }
    if (ts.isIdentifier(node)) {
      const s = checker.getSymbolAtLocation(node);
      const decl = s ? original(s).declarations?.[0] : undefined;
      if (s && decl) {
        const target = original(s);
        if (decl.getSourceFile() !== sf)
          (isTestSide(sf.fileName) ? usedByTests : usedElsewhere).add(target);
        else if (ts.getNameOfDeclaration(decl) !== node) usedLocally.add(target);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

const rows: string[] = [];
for (const sf of ours) {
  const rel = relative(root, sf.fileName);
  if (isTestSide(sf.fileName) || rel.endsWith('.config.ts')) continue;
  const mod = checker.getSymbolAtLocation(sf);
  if (!mod) continue;
  for (const e of checker.getExportsOfModule(mod)) {
    const s = original(e);
    const decl = s.declarations?.[0];
    if (!decl || decl.getSourceFile() !== sf || usedElsewhere.has(s)) continue;
    const isType = ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl);
    if (isType && !withTypes) continue;
    const verdict = usedByTests.has(s) ? 'tests' : usedLocally.has(s) ? 'private' : 'unused';
    const line = sf.getLineAndCharacterOfPosition(decl.getStart()).line + 1;
    rows.push(`${verdict.padEnd(8)}${rel}:${line} ${e.getName()}`);
  }
}
console.log(rows.sort().join('\n') || 'Every export is used by another file.');
