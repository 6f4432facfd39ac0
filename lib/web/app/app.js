// Legal's desk: the entry point esbuild bundles (lib/web/assets.ts).
import { render } from 'preact';
import { html } from './html.js';
import { App } from './views/app.js';

render(html`<${App} />`, document.getElementById('app'));
