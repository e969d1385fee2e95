// index.js - the hall's landing page: links to the other pages.
import { translate, langButton } from './i18n.js';

translate();
langButton(document.getElementById('lang'));
