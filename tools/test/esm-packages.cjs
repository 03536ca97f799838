/**
 * ESM-only packages the API uses (openid-client 6, oidc-provider 9 and their jose/oauth4webapi;
 * request-filtering-agent 3 for outbound requests).
 * Node 20.19+ loads them with require() in the built API; jest's own module loader cannot, so
 * jest configs that reach them transform them to CommonJS with babel.
 */
const ESM_PACKAGES = ['openid-client', 'oauth4webapi', 'jose', 'oidc-provider', 'request-filtering-agent'];
const group = ESM_PACKAGES.join('|');

module.exports = {
  esmTransform: {
    [`^.+/node_modules/(${group})/.+\\.js$`]: [
      'babel-jest',
      {
        babelrc: false,
        configFile: false,
        plugins: ['@babel/plugin-transform-export-namespace-from', '@babel/plugin-transform-modules-commonjs'],
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${group})/)`],
};
