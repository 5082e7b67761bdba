import { render } from 'preact';
import { PopupApp } from '../../src/popup/PopupApp';
import '../../src/options/options.css';
import '../../src/popup/popup.css';

render(<PopupApp />, document.getElementById('app')!);
