import { render } from 'preact';
import { OptionsApp } from '../../src/options/OptionsApp';
import '../../src/options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
