// Custom Elements Manifest: what hosts, Storybook, framework type generators and editors read.
// The analyzer reads src/; the plugins below make the manifest describe the shipped package:
// module paths in dist/, one definition per tag, public members only, alias types written out
// and defaults as values.
import { posix } from 'node:path';
import ts from 'typescript';

/** A module's path in the package: `src/a/b.ts` → `dist/a/b.js` (the bundle has its own name). */
export function shippedPath(path) {
  const source = path.replace(/^\.?\//, '').replace(/\.js$/, '.ts');
  if (source === 'src/bundle.ts') return 'dist/pix-certif-elements.bundle.js';
  return source.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

// A tag as the HTML spec allows it: lowercase, with a hyphen. `customElements.define(tag, …)`
// inside the `define` helper is otherwise recorded as a definition of a tag named "tag".
const TAG_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/**
 * Each `define('pix-…', Class)` call (src/internal/define.ts) is a definition of that tag: recorded
 * as the module's `custom-element-definition` export, as a direct `customElements.define` would be.
 */
function defineCallsPlugin() {
  return {
    name: 'pix-certif-elements: define() calls are tag definitions',
    analyzePhase({ ts: analyzerTs, node, moduleDoc }) {
      if (!analyzerTs.isCallExpression(node) || !analyzerTs.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !analyzerTs.isStringLiteral(tag) || !analyzerTs.isIdentifier(constructor)) return;
      // The class's module: the import that brings the constructor's name in.
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!analyzerTs.isImportDeclaration(statement) || !analyzerTs.isStringLiteral(statement.moduleSpecifier)) continue;
        const named = statement.importClause?.namedBindings;
        const names = named && analyzerTs.isNamedImports(named) ? named.elements.map((element) => element.name.text) : [];
        if (names.includes(constructor.text)) {
          module = posix.join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports = moduleDoc.exports ?? [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: constructor.text, module } });
    },
  };
}

/** The package's own TypeScript program, for what a single file cannot tell: types and constants. */
function createChecker() {
  const configFile = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  const config = ts.parseJsonConfigFileContent(configFile.config, ts.sys, '.');
  const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true } });
  return { program, checker: program.getTypeChecker() };
}

const PRINT_FLAGS =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType |
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

const VALUE_FLAGS =
  ts.TypeFlags.StringLiteral |
  ts.TypeFlags.NumberLiteral |
  ts.TypeFlags.BooleanLiteral |
  ts.TypeFlags.BigIntLiteral |
  ts.TypeFlags.String |
  ts.TypeFlags.Number |
  ts.TypeFlags.Boolean |
  ts.TypeFlags.BigInt |
  ts.TypeFlags.Null |
  ts.TypeFlags.Undefined;

/**
 * Type texts with every alias of values written out: an alias whose type is made of literals and
 * primitives (`AbortReason`, `Lang`…) becomes its union (`'candidate' | 'technical'`), wherever it
 * appears. Object types keep their names (`Session`, `Catalogue`): they are the package's types.
 */
function typeWriter(checker) {
  // Up to a dozen values: a longer union (the message keys) reads better by its name.
  const isValues = (type) => {
    const parts = type.isUnion() ? type.types : [type];
    return parts.length <= 12 && parts.every((part) => (part.flags & VALUE_FLAGS) !== 0);
  };

  function printValues(type) {
    const parts = (type.isUnion() ? type.types : [type]).map((part) => checker.typeToString(part, undefined, PRINT_FLAGS));
    // `boolean` is `true | false` to the checker.
    if (parts.includes('true') && parts.includes('false')) parts.splice(parts.indexOf('true'), 1, 'boolean');
    return parts.filter((part) => part !== 'false' || !parts.includes('boolean')).join(' | ');
  }

  const grouped = (node, text) => (ts.isFunctionTypeNode(node) || ts.isConstructorTypeNode(node) ? `(${text})` : text);

  // Where a union must be put in parentheses to keep its meaning (`(A | B)[]`).
  const BINDS_TIGHTER = [
    ts.SyntaxKind.ArrayType,
    ts.SyntaxKind.TypeOperator,
    ts.SyntaxKind.IntersectionType,
    ts.SyntaxKind.IndexedAccessType,
  ];

  /**
   * A type as written, with every reference to an alias of values inside it (at any depth: in a
   * union, an array, an object type, a function's parameters…) replaced by its values.
   */
  function write(node) {
    const start = node.getStart();
    const replacements = [];
    const visit = (child) => {
      if (ts.isTypeReferenceNode(child) || ts.isTypeQueryNode(child) || ts.isIndexedAccessTypeNode(child)) {
        const type = checker.getTypeFromTypeNode(child);
        if (isValues(type) && !child.getText().startsWith("'")) {
          const values = printValues(type);
          const wrap = values.includes(' | ') && BINDS_TIGHTER.includes(child.parent?.kind);
          replacements.push({ from: child.getStart() - start, to: child.end - start, text: wrap ? `(${values})` : values });
          return;
        }
      }
      ts.forEachChild(child, visit);
    };
    visit(node);
    let text = node.getText();
    for (const { from, to, text: values } of replacements.sort((a, b) => b.from - a.from))
      text = text.slice(0, from) + values + text.slice(to);
    return text.replace(/\s+/g, ' ');
  }

  /** An optional property or parameter also holds `undefined`. */
  function orUndefined(node, written) {
    const parts = ts.isUnionTypeNode(node) ? node.types : [node];
    return parts.some((part) => part.kind === ts.SyntaxKind.UndefinedKeyword) ? written : `${grouped(node, written)} | undefined`;
  }

  /** The text of a declaration's type: as written (expanded), else as inferred. */
  function ofDeclaration(declaration, symbol) {
    const typeNode = declaration && (declaration.type ?? (ts.isSetAccessor(declaration) ? declaration.parameters[0]?.type : undefined));
    if (typeNode) {
      const written = write(typeNode);
      // An optional property also holds `undefined`.
      return declaration.questionToken ? orUndefined(typeNode, written) : written;
    }
    if (!symbol || !declaration) return undefined;
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    return isValues(type) ? printValues(type) : checker.typeToString(type, declaration, PRINT_FLAGS);
  }

  return { ofDeclaration, write, orUndefined };
}

/**
 * A default as a value: `30000`, not `DEFAULT_HANDOVER_TIMEOUT`. Follows constants (imported or
 * not) to their literal; null when the initializer is not a constant value.
 */
function valueWriter(checker) {
  function value(expression, depth = 0) {
    if (!expression || depth > 10) return null;
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) {
      return value(expression.expression, depth);
    }
    if (ts.isNumericLiteral(expression)) return String(Number(expression.text));
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))
      return `'${expression.text.replace(/'/g, "\\'")}'`;
    if (expression.kind === ts.SyntaxKind.TrueKeyword) return 'true';
    if (expression.kind === ts.SyntaxKind.FalseKeyword) return 'false';
    if (expression.kind === ts.SyntaxKind.NullKeyword) return 'null';
    if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.MinusToken) {
      const operand = value(expression.operand, depth + 1);
      return operand !== null && /^\d/.test(operand) ? `-${operand}` : null;
    }
    if (ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression)) {
      let symbol = checker.getSymbolAtLocation(expression);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.valueDeclaration;
      if (!declaration) return null;
      if (ts.isEnumMember(declaration)) {
        const constant = checker.getConstantValue(declaration);
        return typeof constant === 'number' ? String(constant) : typeof constant === 'string' ? `'${constant}'` : null;
      }
      const constant =
        (ts.isVariableDeclaration(declaration) && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) ||
        (ts.isPropertyDeclaration(declaration) && ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly);
      return constant ? value(declaration.initializer, depth + 1) : null;
    }
    return null;
  }
  return value;
}

function findClass(sourceFile, name) {
  let found;
  ts.forEachChild(sourceFile, function visit(node) {
    if (found) return;
    if (ts.isClassDeclaration(node) && node.name?.text === name) found = node;
    else ts.forEachChild(node, visit);
  });
  return found;
}

function findFunction(sourceFile, name) {
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) return statement;
  }
  return undefined;
}

/** Types with their aliases expanded, and defaults as values, from the package's own program. */
function typesAndDefaultsPlugin() {
  return {
    name: 'pix-certif-elements: alias types expanded, defaults as values',
    packageLinkPhase({ customElementsManifest }) {
      const { program, checker } = createChecker();
      const types = typeWriter(checker);
      const valueOf = valueWriter(checker);

      const writeParameters = (parameters, declaration) => {
        for (const parameter of parameters ?? []) {
          const node = declaration?.parameters.find((candidate) => candidate.name.getText() === parameter.name);
          const text = node?.type && types.write(node.type);
          if (text) parameter.type = { text: node.questionToken ? types.orUndefined(node.type, text) : text };
        }
      };
      const writeReturn = (member, declaration) => {
        if (member.return?.type && declaration?.type) member.return.type = { text: types.write(declaration.type) };
      };

      for (const module of customElementsManifest.modules) {
        const sourceFile = program.getSourceFile(module.path);
        if (!sourceFile) continue;
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'function') {
            const node = findFunction(sourceFile, declaration.name);
            writeParameters(declaration.parameters, node);
            writeReturn(declaration, node);
            continue;
          }
          if (declaration.kind !== 'class') continue;
          const classNode = findClass(sourceFile, declaration.name);
          if (!classNode) continue;
          const instance = checker.getTypeAtLocation(classNode);
          const statics = checker.getTypeOfSymbolAtLocation(checker.getSymbolAtLocation(classNode.name), classNode);
          for (const member of declaration.members ?? []) {
            // Inherited members are found through the class's type, as the checker sees it.
            const symbol = (member.static ? statics : instance).getProperty(member.name);
            const node = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
            if (member.kind === 'method') {
              if (node && ts.isMethodDeclaration(node)) {
                writeParameters(member.parameters, node);
                writeReturn(member, node);
              }
              continue;
            }
            const text = types.ofDeclaration(node, symbol);
            if (text) member.type = { text };
            const initializer = node && ts.isPropertyDeclaration(node) ? node.initializer : undefined;
            const value = valueOf(initializer);
            if (value !== null) member.default = value;
          }
          for (const attribute of declaration.attributes ?? []) {
            const member = declaration.members?.find((candidate) => candidate.name === attribute.fieldName);
            if (!member) continue;
            if (member.type) attribute.type = member.type;
            if (member.default !== undefined) attribute.default = member.default;
          }
        }
      }
    },
  };
}

/** Public members only, named events only, and the package's paths. */
function publicPackagePlugin() {
  return {
    name: 'pix-certif-elements: public members, named events, shipped paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        // Only definitions of real tags (not the `define` helper's own `customElements.define`).
        if (module.exports) {
          module.exports = module.exports.filter((item) => item.kind !== 'custom-element-definition' || TAG_NAME.test(item.name));
        }
        for (const declaration of module.declarations ?? []) {
          // `dispatchEvent(new SomeEvent(...))` is also picked up without a name; the JSDoc
          // `@event` tags already describe every event with its name and type.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                // An element's static fields (`styles`, `shadowRootOptions`…) are Lit's and the platform's, not the host's.
                !(declaration.customElement && member.static) &&
                member.privacy !== 'private' &&
                member.privacy !== 'protected' &&
                !member.name.startsWith('#') &&
                // Each element's texts (`[MESSAGES]`, see PixElement) are internal, not a property for hosts.
                member.name !== '[MESSAGES]',
            );
          }
        }
      }
      // Last: every path and module reference names the file the package ships, from the
      // package's root (the analyzer writes some relative to their module, some as `src/….js`).
      const visit = (value, base) => {
        if (Array.isArray(value)) return value.forEach((item) => visit(item, base));
        if (!value || typeof value !== 'object') return;
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof child === 'string' && /\.(ts|js)$/.test(child)) {
            const fromRoot = child.startsWith('.') ? posix.join(posix.dirname(base), child) : child.replace(/^\//, '');
            if (fromRoot.startsWith('src/')) value[key] = shippedPath(fromRoot);
          } else visit(child, base);
        }
      };
      for (const module of customElementsManifest.modules) visit(module, module.path);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [defineCallsPlugin(), typesAndDefaultsPlugin(), publicPackagePlugin()],
};
