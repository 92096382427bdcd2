// Task pane build: a React + Fluent UI v9 app in dist/. office.js is loaded by taskpane.html from
// Microsoft's CDN, never bundled. ExcelJS and the charts are split into chunks loaded on demand,
// so the pane inside Excel does not download ExcelJS at all.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MinimizerPlugin = require('minimizer-webpack-plugin');

const port = 3000;

/**
 * The task pane's Content-Security-Policy, as a <meta> in taskpane.html and a header from the dev server.
 * Scripts: our own files and office.js from Microsoft's CDN, which loads its host-specific parts from
 * there and, in some hosts, Microsoft Ajax from ajax.aspnetcdn.com. Office itself needs two more things:
 * its telemetry (posted to browser.pipe.aria.microsoft.com, through a frame office.js opens from its
 * CDN) and the frame in which it shows its own error and dialog pages (also from its CDN) — refusing
 * them leaves Office logging CSP violations and, on the web, showing no error page at all.
 * No 'unsafe-eval': zod runs jitless (src/taskpane/no-eval.ts); the bundle's other Function(...) uses are
 * fallbacks for engines without globalThis. Styles need 'unsafe-inline': Fluent UI's CSS-in-JS (Griffel)
 * inserts <style> rules at run time. Nothing else is fetched, framed or embedded.
 */
const office = 'https://appsforoffice.microsoft.com';
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${office} https://ajax.aspnetcdn.com`,
  `connect-src 'self' ${office} https://browser.pipe.aria.microsoft.com`,
  `frame-src 'self' ${office}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The offline app (thi-dua.html, next to the bundle in dist/): the same pane opened from a file, with
 * no office.js and no network. Its own files come from file:, which 'self' does not match in every
 * browser, so the folder is named by its scheme; nothing from the network is allowed at all.
 */
const offlinePolicy = [
  "default-src 'self' file:",
  "script-src 'self' file:",
  "connect-src 'self' file: blob: data:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' file: data: blob:",
  "font-src 'self' file: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * HTTPS for the dev server. getHttpsServerOptions() also trusts the CA, which needs sudo on Linux;
 * where that fails (containers, CI) the generated files are served as they are, untrusted.
 */
async function httpsOptions() {
  const certs = require('office-addin-dev-certs');
  try {
    return await certs.getHttpsServerOptions();
  } catch (error) {
    const fs = require('node:fs');
    const dir = path.join(require('node:os').homedir(), '.office-addin-dev-certs');
    console.warn(`Dev certificates not trusted (${error.message.split('\n')[0]}): serving ${dir} untrusted.`);
    return { ca: fs.readFileSync(path.join(dir, 'ca.crt')), cert: fs.readFileSync(path.join(dir, 'localhost.crt')), key: fs.readFileSync(path.join(dir, 'localhost.key')) };
  }
}

module.exports = async (env, argv) => {
  const development = argv.mode === 'development';
  return {
    mode: development ? 'development' : 'production',
    devtool: development ? 'source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: { fs: false, path: false, stream: false, crypto: false } },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        // Written by the template as the first element of <head>: a CSP <meta> covers only what follows it.
        contentSecurityPolicy,
        officeJs: true,
      }),
      new HtmlWebpackPlugin({
        filename: 'thi-dua.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        contentSecurityPolicy: offlinePolicy,
        officeJs: false,
      }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }, { from: 'manifest.xml', to: 'manifest.xml' }] }),
    ],
    // esbuild minifies in a few seconds what terser takes most of a minute for (ExcelJS, Fluent UI).
    optimization: { minimizer: [new MinimizerPlugin({ minify: { implementation: MinimizerPlugin.esbuildMinify, options: { target: 'es2020' } } })] },
    performance: { hints: false },
    stats: { preset: 'summary', assets: true, assetsSort: '!size', excludeAssets: [/\.map$/, /^assets\//], groupAssetsByPath: false, cachedAssets: true },
    devServer: env && env.WEBPACK_SERVE
      ? {
          port,
          headers: { 'Access-Control-Allow-Origin': '*', 'Content-Security-Policy': contentSecurityPolicy },
          // Office requires HTTPS: the certificates office-addin-dev-certs makes (npx office-addin-dev-certs install).
          server: { type: 'https', options: await httpsOptions() },
          static: { directory: path.resolve(__dirname, 'dist') },
          devMiddleware: { index: 'taskpane.html' },
        }
      : undefined,
  };
};
