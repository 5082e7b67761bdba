import { render } from 'preact';
import { OptionsApp } from '../../src/options/OptionsApp';
import '../../src/options/options.css';
import '../../src/card/buttons.css';
import '../../src/card/timeline.css';

render(<OptionsApp />, document.getElementById('app')!);
