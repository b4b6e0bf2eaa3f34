// @ts-check
/**
 * Bundler loader of src/plugins/strip-message-descriptions: removes the
 * `description` of every `translate({…})` call and `<Translate>` element.
 * Descriptions are notes for translators (write-translations copies them into
 * i18n/<locale>/code.json); `translate()` never reads them, yet they were in
 * the scripts of every page. Babel parses the file, so nothing else changes.
 * Plain CommonJS: the bundler loads loaders with Node's require.
 */
const babel = require('@babel/core');

/** @param {import('@babel/core').types.Node} key */
const isDescriptionKey = (key) =>
  (key.type === 'Identifier' && key.name === 'description') ||
  (key.type === 'StringLiteral' && key.value === 'description');

/** @type {import('@babel/core').PluginObj} */
const stripDescriptions = {
  name: 'strip-message-descriptions',
  visitor: {
    CallExpression(callPath) {
      const { callee, arguments: args } = callPath.node;
      if (callee.type !== 'Identifier' || callee.name !== 'translate') return;
      const options = args[0];
      if (options?.type !== 'ObjectExpression') return;
      options.properties = options.properties.filter(
        (property) =>
          !(
            property.type === 'ObjectProperty' &&
            !property.computed &&
            isDescriptionKey(property.key)
          ),
      );
    },
    JSXOpeningElement(elementPath) {
      const { name } = elementPath.node;
      if (name.type !== 'JSXIdentifier' || name.name !== 'Translate') return;
      elementPath.node.attributes = elementPath.node.attributes.filter(
        (attribute) =>
          !(attribute.type === 'JSXAttribute' && attribute.name.name === 'description'),
      );
    },
  },
};

/**
 * @this {{ resourcePath: string }}
 * @param {string} source
 */
module.exports = function stripMessageDescriptions(source) {
  if (!source.includes('description') || !/\btranslate\(|<Translate\b/.test(source)) return source;
  const typescript = /\.tsx?$/.test(this.resourcePath);
  const jsx = !/\.ts$/.test(this.resourcePath);
  /** @type {import('@babel/core').ParserOptions['plugins']} */
  const syntax = [];
  // JSX after TypeScript: Babel then parses .tsx as TSX and .ts without JSX.
  if (typescript) syntax.push('typescript');
  if (jsx) syntax.push('jsx');
  const result = babel.transformSync(source, {
    filename: this.resourcePath,
    babelrc: false,
    configFile: false,
    sourceType: 'module',
    parserOpts: { plugins: syntax },
    plugins: [stripDescriptions],
    retainLines: true,
  });
  return result?.code ?? source;
};
