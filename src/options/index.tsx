// The options page's entry: renders the settings in the UI language.
import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { Options } from './Options';

document.documentElement.lang = uiLanguage() ?? 'en';
render(<Options />, document.getElementById('app')!);
