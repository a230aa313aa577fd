// The popup page's entry: renders the popup in the UI language.
import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { Popup } from './Popup';

document.documentElement.lang = uiLanguage() ?? 'en';
render(<Popup />, document.getElementById('app')!);
