import { render } from 'preact';
import { App } from './app/App';
import { registerServiceWorker } from './app/pwa';
import './styles.css';

registerServiceWorker();
render(<App />, document.getElementById('app')!);
