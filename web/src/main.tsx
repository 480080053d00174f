import { render } from 'preact';
import { App } from './app.js';
import { openDetailsForPrint } from './export/print-details.js';
import './styles.css';

openDetailsForPrint();
render(<App />, document.getElementById('app')!);
