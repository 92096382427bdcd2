/** Entry point: find out where the pane runs, then render it. The clock is read here, at the edge. */
import './no-eval'; // first: before any schema is built
import { Spinner } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectEnvironment, type Environment } from './environment';
import { uiText } from './view';

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  root.render(<Spinner label={uiText('vi').starting} style={{ padding: 16 }} />);
  const start = (environment: Environment): void => root.render(<App environment={environment} clock={() => new Date()} />);
  detectEnvironment().then(start, (e: unknown) => {
    // office.js present but broken: the pane still works on files.
    console.error(e);
    start({ kind: 'standalone' });
  });
}
