import { render } from 'preact';
import { OptionsApp } from '../../src/options/OptionsApp';
import '../../src/options/options.css';
import '../../src/options/context.css';
import '../../src/options/watch-mute.css';
import '../../src/ui/buttons.css';
import '../../src/ui/timeline.css';

render(<OptionsApp />, document.getElementById('app')!);
