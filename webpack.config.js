// Task pane build (issue: the add-in inside Excel). The pane is a React + Fluent UI v9 app;
// office.js is loaded by taskpane.html from Microsoft's CDN, never bundled.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

module.exports = (_env, argv) => ({
  mode: argv.mode === 'development' ? 'development' : 'production',
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: { taskpane: './src/taskpane/index.tsx' },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: { fs: false, path: false, stream: false, crypto: false } },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }],
  },
  plugins: [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
    new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }, { from: 'manifest.xml', to: 'manifest.xml' }] }),
  ],
  performance: { hints: false },
});
